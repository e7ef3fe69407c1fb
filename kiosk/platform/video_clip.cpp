#include "platform/video_clip.h"

#include "platform/gst_frame.h"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace kiosk::platform {
namespace {

constexpr int kPlayVideoOnly = 1;  // playbin's GST_PLAY_FLAG_VIDEO: no audio, no subtitles

// The frames the kiosk takes: RGBA, square pixels, the size shown (0: any within maxSide).
std::string frameCaps(int maxSide, int width, int height) {
    const std::string max = std::to_string(maxSide);
    const std::string size = width > 0 ? "width=" + std::to_string(width) + ",height=" + std::to_string(height)
                                       : "width=[1," + max + "],height=[1," + max + "]";
    return "video/x-raw,format=RGBA,pixel-aspect-ratio=1/1," + size;
}

struct Unref {
    void operator()(GstElement* e) const {
        gst_element_set_state(e, GST_STATE_NULL);
        gst_object_unref(e);
    }
};

}  // namespace

VideoClip::VideoClip(std::string path, int maxSide) : path_(std::move(path)), maxSide_(maxSide) {}

VideoClip::~VideoClip() {
    stop();
}

void VideoClip::start() {
    if (running_.exchange(true)) return;
    if (thread_.joinable()) thread_.join();
    {
        std::lock_guard lock(mutex_);
        status_.state = VideoState::Starting;
        status_.problem.clear();
    }
    threadDone_ = false;
    thread_ = std::thread([this] {
        run();
        threadDone_ = true;
    });
}

void VideoClip::stop() {
    running_ = false;
    if (thread_.joinable()) thread_.join();
    std::lock_guard lock(mutex_);
    status_.state = VideoState::Off;
    latest_.reset();
}

void VideoClip::showAt(int width, int height) {
    if (width <= 0 || height <= 0) return;
    // Never larger than maxSide (aspect kept): what the platform asks for stays cheap to decode.
    const double scale = std::min(1.0, static_cast<double>(maxSide_) / std::max(width, height));
    const auto w = static_cast<std::uint64_t>(std::max(1.0, std::floor(width * scale)));
    const auto h = static_cast<std::uint64_t>(std::max(1.0, std::floor(height * scale)));
    shownSize_ = w << 32 | h;
}

VideoStatus VideoClip::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

std::shared_ptr<const CameraFrame> VideoClip::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

void VideoClip::onFrame(std::function<void()> callback) {
    std::lock_guard lock(mutex_);
    onFrame_ = std::move(callback);
}

void VideoClip::fail(std::string problem) {
    spdlog::warn("video {}: {}", std::filesystem::path(path_).filename().string(), problem);
    std::lock_guard lock(mutex_);
    status_.state = VideoState::Failed;
    status_.problem = std::move(problem);
}

void VideoClip::run() {
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path_, ec)) return fail("the file is missing");
    // The kiosk's end: RGBA no larger than maxSide (aspect kept) or at the size shown, one frame
    // kept, paced by the pipeline's clock (sync) so the video plays at its own speed.
    std::uint64_t sizeApplied = shownSize_;
    const auto widthOf = [](std::uint64_t size) { return static_cast<int>(size >> 32); };
    const auto heightOf = [](std::uint64_t size) { return static_cast<int>(size & 0xffffffffu); };
    const std::string sinkDescription = "videoconvert ! videoscale ! capsfilter name=kiosk_size caps=\"" +
                                        frameCaps(maxSide_, widthOf(sizeApplied), heightOf(sizeApplied)) +
                                        "\" ! appsink name=kiosk_video max-buffers=1 drop=true sync=true";
    GError* error = nullptr;
    GstElement* sinkBin = gst_parse_bin_from_description(sinkDescription.c_str(), TRUE, &error);
    if (!sinkBin) {
        const std::string why = error ? error->message : "the video sink cannot be built";
        if (error) g_error_free(error);
        return fail(why);
    }
    std::unique_ptr<GstElement, Unref> playbin(gst_element_factory_make("playbin", nullptr));
    if (!playbin) {
        gst_object_unref(sinkBin);
        return fail("GStreamer's playbin is missing (gstreamer1.0-plugins-base)");
    }
    gchar* uri = gst_filename_to_uri(path_.c_str(), nullptr);
    g_object_set(playbin.get(), "uri", uri, "video-sink", sinkBin, "flags", kPlayVideoOnly, nullptr);
    g_free(uri);
    GstElement* sink = gst_bin_get_by_name(GST_BIN(sinkBin), "kiosk_video");
    GstElement* sizeFilter = gst_bin_get_by_name(GST_BIN(sinkBin), "kiosk_size");
    gst_element_set_state(playbin.get(), GST_STATE_PLAYING);
    GstBus* bus = gst_element_get_bus(playbin.get());
    std::uint64_t sequence = 0;
    std::string problem;
    while (running_ && problem.empty()) {
        while (GstMessage* msg =
                   gst_bus_pop_filtered(bus, static_cast<GstMessageType>(GST_MESSAGE_ERROR | GST_MESSAGE_EOS))) {
            if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
                GError* e = nullptr;
                gst_message_parse_error(msg, &e, nullptr);
                problem = e ? e->message : "the video cannot be decoded";
                if (e) g_error_free(e);
            } else {
                // The end: from the start again, as a loop on a screen does.
                gst_element_seek_simple(playbin.get(), GST_FORMAT_TIME,
                                        static_cast<GstSeekFlags>(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT), 0);
                std::lock_guard lock(mutex_);
                ++status_.loops;
            }
            gst_message_unref(msg);
        }
        if (const std::uint64_t wanted = shownSize_; wanted != sizeApplied && sizeFilter) {
            // videoscale takes the new size on the next frame (capsfilter asks upstream again).
            GstCaps* caps = gst_caps_from_string(frameCaps(maxSide_, widthOf(wanted), heightOf(wanted)).c_str());
            g_object_set(sizeFilter, "caps", caps, nullptr);
            gst_caps_unref(caps);
            sizeApplied = wanted;
        }
        GstSample* sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), 100 * GST_MSECOND);
        if (!sample) continue;
        if (auto frame = rgbaFrameOf(sample, sequence + 1)) {
            ++sequence;
            std::function<void()> callback;
            {
                std::lock_guard lock(mutex_);
                if (status_.state != VideoState::Playing)
                    spdlog::info("video {}: playing, {} x {}", std::filesystem::path(path_).filename().string(),
                                 frame->width, frame->height);
                latest_ = std::move(frame);
                status_.state = VideoState::Playing;
                ++status_.frames;
                callback = onFrame_;
            }
            if (callback) callback();
        }
        gst_sample_unref(sample);
    }
    gst_object_unref(bus);
    gst_object_unref(sink);
    if (sizeFilter) gst_object_unref(sizeFilter);
    playbin.reset();
    if (!problem.empty()) fail(problem);
}

}  // namespace kiosk::platform
