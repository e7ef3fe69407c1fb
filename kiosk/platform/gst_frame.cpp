#include "platform/gst_frame.h"

namespace kiosk::platform {

std::shared_ptr<CameraFrame> rgbaFrameOf(GstSample* sample, std::uint64_t sequence) {
    GstCaps* caps = gst_sample_get_caps(sample);
    GstStructure* s = caps ? gst_caps_get_structure(caps, 0) : nullptr;
    GstBuffer* buffer = gst_sample_get_buffer(sample);
    int width = 0;
    int height = 0;
    if (!s || !buffer || !gst_structure_get_int(s, "width", &width) || !gst_structure_get_int(s, "height", &height))
        return nullptr;
    GstMapInfo map;
    if (!gst_buffer_map(buffer, &map, GST_MAP_READ)) return nullptr;
    std::shared_ptr<CameraFrame> frame;
    const std::size_t bytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    if (map.size >= bytes) {
        frame = std::make_shared<CameraFrame>();
        frame->width = width;
        frame->height = height;
        frame->rgba.assign(map.data, map.data + bytes);
        frame->sequence = sequence;
    }
    gst_buffer_unmap(buffer, &map);
    return frame;
}

}  // namespace kiosk::platform
