// Makes the demo content's promotional video (assets/demo/images/community_promo.webm): the four
// demo pictures, each slowly zooming, cross-fading into the next — 10 s of VP8 in WebM, the
// format Debian's gstreamer1.0-plugins-good decodes. Run again only when the pictures change:
//   make-demo-video <assets/demo/images> <out.webm>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <stb_image.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr int kWidth = 960;
constexpr int kHeight = 540;
constexpr int kFps = 25;
constexpr int kFramesPerPicture = 63;  // 2.5 s each
constexpr int kFadeFrames = 12;

struct Picture {
    int w = 0;
    int h = 0;
    std::vector<unsigned char> rgb;
};

// The picture scaled by `zoom` about its centre, sampled bilinearly at (x, y) of the frame.
void sample(const Picture& p, float zoom, int x, int y, float out[3]) {
    const float sx = (static_cast<float>(x) - kWidth * 0.5f) / zoom + static_cast<float>(p.w) * 0.5f;
    const float sy = (static_cast<float>(y) - kHeight * 0.5f) / zoom + static_cast<float>(p.h) * 0.5f;
    const int x0 = std::clamp(static_cast<int>(sx), 0, p.w - 2);
    const int y0 = std::clamp(static_cast<int>(sy), 0, p.h - 2);
    const float fx = std::clamp(sx - static_cast<float>(x0), 0.0f, 1.0f);
    const float fy = std::clamp(sy - static_cast<float>(y0), 0.0f, 1.0f);
    for (int c = 0; c < 3; ++c) {
        auto at = [&](int xx, int yy) {
            return static_cast<float>(p.rgb[(static_cast<std::size_t>(yy) * p.w + xx) * 3 + c]);
        };
        const float top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        const float bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        out[c] = top * (1 - fy) + bottom * fy;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make-demo-video <images dir> <out.webm>\n");
        return 2;
    }
    gst_init(nullptr, nullptr);
    std::vector<Picture> pictures;
    for (const char* name : {"platform_launch.png", "subsidy_payout.png", "winter_safety.png", "opening_hours.png"}) {
        Picture p;
        int channels = 0;
        unsigned char* data = stbi_load((std::string(argv[1]) + "/" + name).c_str(), &p.w, &p.h, &channels, 3);
        if (!data) {
            std::fprintf(stderr, "cannot read %s\n", name);
            return 1;
        }
        p.rgb.assign(data, data + static_cast<std::size_t>(p.w) * p.h * 3);
        stbi_image_free(data);
        pictures.push_back(std::move(p));
    }
    GError* error = nullptr;
    const std::string launch =
        "appsrc name=src format=time caps=video/x-raw,format=RGBA,width=" + std::to_string(kWidth) +
        ",height=" + std::to_string(kHeight) + ",framerate=" + std::to_string(kFps) +
        "/1 ! videoconvert ! vp8enc deadline=1 target-bitrate=150000 keyframe-max-dist=50 ! webmmux ! filesink "
        "location=\"" +
        argv[2] + "\"";
    GstElement* pipeline = gst_parse_launch(launch.c_str(), &error);
    if (!pipeline) {
        std::fprintf(stderr, "pipeline: %s\n", error ? error->message : "?");
        return 1;
    }
    GstElement* src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    const int total = kFramesPerPicture * static_cast<int>(pictures.size());
    for (int f = 0; f < total; ++f) {
        const int index = f / kFramesPerPicture;
        const int local = f % kFramesPerPicture;
        const float zoom = 1.0f + 0.12f * static_cast<float>(local) / kFramesPerPicture;
        // The last frames of a picture fade into the next (the last into the first: it loops).
        const float fade = local >= kFramesPerPicture - kFadeFrames
                               ? static_cast<float>(local - (kFramesPerPicture - kFadeFrames) + 1) / kFadeFrames
                               : 0.0f;
        const Picture& now = pictures[static_cast<std::size_t>(index)];
        const Picture& next = pictures[static_cast<std::size_t>((index + 1) % static_cast<int>(pictures.size()))];
        GstBuffer* buffer = gst_buffer_new_allocate(nullptr, kWidth * kHeight * 4, nullptr);
        GstMapInfo map;
        gst_buffer_map(buffer, &map, GST_MAP_WRITE);
        for (int y = 0; y < kHeight; ++y) {
            for (int x = 0; x < kWidth; ++x) {
                float a[3];
                float b[3] = {0, 0, 0};
                sample(now, zoom, x, y, a);
                if (fade > 0) sample(next, 1.0f, x, y, b);
                unsigned char* px = map.data + (static_cast<std::size_t>(y) * kWidth + x) * 4;
                for (int c = 0; c < 3; ++c)
                    px[c] = static_cast<unsigned char>(std::lround(a[c] * (1 - fade) + b[c] * fade));
                px[3] = 255;
            }
        }
        gst_buffer_unmap(buffer, &map);
        GST_BUFFER_PTS(buffer) = gst_util_uint64_scale(static_cast<guint64>(f), GST_SECOND, kFps);
        GST_BUFFER_DURATION(buffer) = gst_util_uint64_scale(1, GST_SECOND, kFps);
        if (gst_app_src_push_buffer(GST_APP_SRC(src), buffer) != GST_FLOW_OK) {
            std::fprintf(stderr, "the encoder refused frame %d\n", f);
            return 1;
        }
    }
    gst_app_src_end_of_stream(GST_APP_SRC(src));
    GstBus* bus = gst_element_get_bus(pipeline);
    GstMessage* done = gst_bus_timed_pop_filtered(bus, GST_CLOCK_TIME_NONE,
                                                  static_cast<GstMessageType>(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    const bool ok = done && GST_MESSAGE_TYPE(done) == GST_MESSAGE_EOS;
    if (done) gst_message_unref(done);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(src);
    gst_object_unref(pipeline);
    std::printf("%s: %d frames, %d x %d, %d fps\n", ok ? "wrote" : "FAILED", total, kWidth, kHeight, kFps);
    return ok ? 0 : 1;
}
