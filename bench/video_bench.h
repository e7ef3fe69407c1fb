#pragma once
// kiosk-bench's "video" group: the unattended display showing the promotional video (VP8/WebM,
// 960x540, 25 fps) with the slogan strip running, at 1920x1080 on Xvfb + llvmpipe, for 10 s, as
// the frame loop runs it: each decoded frame is uploaded and only the video's rectangle repainted.
//   video_decode_cpu_pct   the GStreamer pipeline alone (decode, convert to RGBA)
//   video_cpu_pct          the whole process
//   video_fps              frames drawn a second
//   video_whole_frames / _part_frames  how the frames were drawn
//   attract_with_video_cpu_pct  the whole bundled playlist (its 20 s video slide among four still
//                          ones at the configured slide time) for one cycle      target ≤ 8
//   attract_with_video_cycle_s  how long that cycle is
#include <functional>

#include "app/app.h"
#include "platform/glfw_runner.h"

namespace kiosk::bench {

void benchVideo(platform::GlfwRunner& runner, AppSetup setup,
                const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
