#pragma once
// The kiosk's start as systemd and an operator see it: the real `kiosk` binary spawned five times
// on the bundled demo (an empty config, a 1920×1080 window, the data folder of a first start made
// before them, as a kiosk that has run before has one), each on a new X server that is ready
// before the kiosk starts, as xinit gives it one (fresh_x_server.h), timed from the
// spawn to its READY=1 on a notify socket of the bench's own (sent once the first screen is on
// screen, as under its service), and its memory read from /proc two seconds later, the first
// screen settled (the content loaded on its worker, the start's scratch memory returned).
//   startup_first_frame_ms  spawn → the complete first screen, median    target ≤ 250
//   startup_exec_ms         spawn → the kiosk's static initialisers (exec, the dynamic loader)
//   startup_at_<phase>_ms   the kiosk's own marks (ms since its start; core/startup_trace.h):
//                           config, app, prepared, display (GLFW and X), gl_context (the window
//                           and its GL context), atlas_built, window, started, first_frame
//   rss_mb, pss_mb          resident and proportional memory on the settled first screen  target ≤ 100
//   mem_<part>_mb           the PSS split: gl (Mesa, LLVM, the X and GL libraries), libs (every
//                           other library), heap (malloc: the heap and anonymous memory),
//                           stacks, gpu_shared (mapped buffers shared with X)
#include <functional>
#include <string>

namespace kiosk::bench {

using Figure = std::function<void(const char*, double, const char*)>;

// `assetsDir`: the bundled assets the kiosk reads (its --assets).
void benchStartupSpawned(const std::string& assetsDir, const Figure& figure);

}  // namespace kiosk::bench
