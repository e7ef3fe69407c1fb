#pragma once
// Showing a rectangle of the back buffer without swapping the whole frame, where the platform
// can: GLX_MESA_copy_sub_buffer (Mesa, including its software rasteriser, on X11). On a software
// GL the whole-frame copy and swap cost about as much as drawing the camera picture itself.
#include <functional>

namespace kiosk::platform {

// x, y in GL's whole pixels (rows from the bottom).
using PartialPresent = std::function<void(int x, int y, int width, int height)>;

// For the current GL context's drawable. Empty where it is not available (Wayland, other
// drivers): frames are then presented whole.
PartialPresent findPartialPresent();

}  // namespace kiosk::platform
