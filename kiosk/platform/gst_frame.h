#pragma once
// The RGBA picture in a sample an appsink pulled (the camera's and a video's pipelines both end
// in "video/x-raw,format=RGBA ! appsink").
#include <gst/gst.h>

#include <cstdint>
#include <memory>

#include "platform/camera.h"

namespace kiosk::platform {

// A copy of the sample's pixels numbered `sequence`, or null when it holds no whole picture.
std::shared_ptr<CameraFrame> rgbaFrameOf(GstSample* sample, std::uint64_t sequence);

}  // namespace kiosk::platform
