#pragma once
// kiosk-bench's "attract" group: the unattended display as a kiosk shows it all day — the
// announcement, the QR code and the running slogan strip — at 1920x1080 on Xvfb + llvmpipe, for
// 10 s, as the frame loop runs it (no forced redraws).
//   attract_cpu_pct         the whole process                                   target <= 5
//   attract_fps_ticker      frames drawn a second while the strip runs          target >= 30
//   attract_frame_gap_max_ms  the longest wait between two frames (a stutter shows as a long gap)
//   attract_whole_frames / _part_frames  how the frames were drawn: whole, or the strip alone
#include <functional>

#include "app/app.h"
#include "platform/glfw_runner.h"

namespace kiosk::bench {

// `app` stands on the unattended display with its content loaded.
void benchAttract(platform::GlfwRunner& runner, App& app,
                  const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
