// Its own file: Xlib's macros (None, Bool, Status...) must not meet the rest of the kiosk.
#include "platform/partial_present.h"

#include <GL/glx.h>
#include <spdlog/spdlog.h>

#include <cstring>

namespace kiosk::platform {

PartialPresent findPartialPresent() {
    // What the frames are swapped to, whether GLFW or the kiosk made the context.
    Display* display = glXGetCurrentDisplay();
    const GLXDrawable drawable = glXGetCurrentDrawable();
    if (!display || !drawable) return {};
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions || !std::strstr(extensions, "GLX_MESA_copy_sub_buffer")) return {};
    auto copy = reinterpret_cast<void (*)(Display*, GLXDrawable, int, int, int, int)>(
        glXGetProcAddress(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
    if (!copy) return {};
    spdlog::info("frames: a changed camera picture is shown by itself (GLX_MESA_copy_sub_buffer)");
    return [display, drawable, copy](int x, int y, int width, int height) {
        copy(display, drawable, x, y, width, height);
    };
}

}  // namespace kiosk::platform
