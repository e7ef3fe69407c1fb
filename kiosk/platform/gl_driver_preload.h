#pragma once
// Loads Mesa's GL driver on a thread of its own as the kiosk starts, while the main thread reads
// the config, prepares the screens and connects to X. Opening the window's GL context loads it
// anyway; that load (the DRI driver and LLVM: ~50 MB of libraries to map and relocate, LLVM's
// initialisers) was the largest single part of the path to the first screen. When the context
// is made, the driver is there already: the dynamic loader knows a library by its file, and
// Debian's Mesa ships every DRI driver as one file under several names, so this serves a GPU's
// driver as well as llvmpipe's. Nothing changes if the file is not there: GLX loads what it
// needs as before.
namespace kiosk::platform {

void preloadGlDriver();

}  // namespace kiosk::platform
