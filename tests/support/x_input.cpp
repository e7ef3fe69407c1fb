// Its own file: Xlib's macros (None, Bool, Status...) must not meet the kiosk's headers.
#include "support/x_input.h"

#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

extern "C" {
Display* glfwGetX11Display(void);
Window glfwGetX11Window(GLFWwindow* window);
}

namespace kiosk::testing {

void movePointerTo(GLFWwindow* window, int x, int y) {
    Display* display = glfwGetX11Display();
    int screenX = 0;
    int screenY = 0;
    Window child = 0;
    XTranslateCoordinates(display, glfwGetX11Window(window), DefaultRootWindow(display), x, y, &screenX, &screenY,
                          &child);
    XTestFakeMotionEvent(display, DefaultScreen(display), screenX, screenY, CurrentTime);
    XSync(display, False);
}

void pressPointer(bool down) {
    Display* display = glfwGetX11Display();
    XTestFakeButtonEvent(display, 1, down ? True : False, CurrentTime);
    XSync(display, False);
}

void typeKey(char character) {
    Display* display = glfwGetX11Display();
    const char name[2] = {character, 0};
    const KeyCode key = XKeysymToKeycode(display, XStringToKeysym(name));
    XTestFakeKeyEvent(display, key, True, CurrentTime);
    XTestFakeKeyEvent(display, key, False, CurrentTime);
    XSync(display, False);
}

unsigned long xRequestsSent() {
    return XNextRequest(glfwGetX11Display()) - 1;
}

}  // namespace kiosk::testing
