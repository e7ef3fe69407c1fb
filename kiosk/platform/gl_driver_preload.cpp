#include "platform/gl_driver_preload.h"

#include <dlfcn.h>

#include <thread>

#include "core/startup_trace.h"

namespace kiosk::platform {

void preloadGlDriver() {
    std::thread([] {
        // As Mesa's loader opens its driver (RTLD_NOW | RTLD_GLOBAL); the handles stay open for
        // the life of the process, as the driver's own do.
        dlopen("libGLX_mesa.so.0", RTLD_NOW | RTLD_GLOBAL);
        dlopen(KIOSK_DRI_DRIVER, RTLD_NOW | RTLD_GLOBAL);
        core::startupTrace().mark("gl_driver_loaded");
    }).detach();
}

}  // namespace kiosk::platform
