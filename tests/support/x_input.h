#pragma once
// The pointer and the keyboard driven through the X server (XTest: the server's own fake devices,
// whose events are the same as a mouse's, a touchscreen's pointer emulation or a keyboard's), and
// how many requests this process's X connection has sent.
struct GLFWwindow;

namespace kiosk::testing {

// Moves the pointer over the window's pixel (x, y) (beyond its edges: outside it).
void movePointerTo(GLFWwindow* window, int x, int y);
// Presses or lets go of the first button, where the pointer is.
void pressPointer(bool down);
// Presses and lets go of the key that types `character` (a letter or digit of the US layout).
void typeKey(char character);
// The requests GLFW's X connection has sent so far.
unsigned long xRequestsSent();

}  // namespace kiosk::testing
