#pragma once
// What the X server shows in a GLFW window (XGetImage): the pixels a resident sees, rows
// top-down, RGBA. Software GL keeps no readable front buffer, so this is the way to look.
#include <vector>

struct GLFWwindow;

namespace kiosk::testing {

std::vector<unsigned char> windowPixels(GLFWwindow* window, int width, int height);

}  // namespace kiosk::testing
