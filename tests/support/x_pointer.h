#pragma once
// The pointer driven through the X server (XTest: the server's own fake device, whose events are
// the same as a mouse's or a touchscreen's pointer emulation), and how many requests this
// process's X connection has sent.
struct GLFWwindow;

namespace kiosk::testing {

// Moves the pointer over the window's pixel (x, y) (beyond its edges: outside it).
void movePointerTo(GLFWwindow* window, int x, int y);
// Presses or lets go of the first button, where the pointer is.
void pressPointer(bool down);
// The requests GLFW's X connection has sent so far.
unsigned long xRequestsSent();

}  // namespace kiosk::testing
