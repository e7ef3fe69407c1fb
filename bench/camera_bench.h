#pragma once
// kiosk-bench's "camera" group: the real app on 扫码 with a live 1280x720 videotestsrc camera
// at 30 fps (no camera here), for 10 s, as the frame loop runs it (no forced redraws).
//   camera_preview_cpu_pct  the whole process: capture, conversion, QR decode worker, preview
//                           upload and llvmpipe drawing                        target < 25
//   camera_preview_fps      frames drawn a second (the app asks for at most 15)
//   camera_preview_frame_gap_max_ms  the longest wait between two frames
//   camera_preview_whole_frames / _part_frames  how the measured frames were drawn: whole, or
//                           only the picture's rectangle (the rest repeats the last frame)
//   camera_photo_step_*     the same on the case's photo step: the preview without QR decoding
#include <functional>

#include "app/app.h"
#include "platform/glfw_runner.h"

namespace kiosk::bench {

void benchCameraPreview(platform::GlfwRunner& runner, const AppSetup& setup,
                        const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
