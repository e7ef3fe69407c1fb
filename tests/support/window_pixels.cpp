// Its own file: Xlib's macros (None, Bool, Status...) must not meet the kiosk's headers.
#include "support/window_pixels.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

extern "C" {
Display* glfwGetX11Display(void);
Window glfwGetX11Window(GLFWwindow* window);
}

namespace kiosk::testing {

std::vector<unsigned char> windowPixels(GLFWwindow* window, int width, int height) {
    std::vector<unsigned char> rgba;
    Display* display = glfwGetX11Display();
    if (!display) return rgba;
    XSync(display, False);
    XImage* image = XGetImage(display, glfwGetX11Window(window), 0, 0, static_cast<unsigned>(width),
                              static_cast<unsigned>(height), AllPlanes, ZPixmap);
    if (!image) return rgba;
    rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const unsigned long p = XGetPixel(image, x, y);
            unsigned char* o = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            o[0] = static_cast<unsigned char>((p & image->red_mask) >> 16);
            o[1] = static_cast<unsigned char>((p & image->green_mask) >> 8);
            o[2] = static_cast<unsigned char>(p & image->blue_mask);
            o[3] = 255;
        }
    }
    XDestroyImage(image);
    return rgba;
}

}  // namespace kiosk::testing
