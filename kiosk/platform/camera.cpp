#include "platform/camera.h"

#include "platform/gst_frame.h"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <spdlog/spdlog.h>

namespace kiosk::platform {
namespace {

void ensureGstreamer() {
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

struct GstDeleter {
    void operator()(GstElement* e) const {
        gst_element_set_state(e, GST_STATE_NULL);
        gst_object_unref(e);
    }
};
using Pipeline = std::unique_ptr<GstElement, GstDeleter>;

// The first error on the bus, or "" (and "ended" when the source ran out, e.g. a file).
std::string busProblem(GstElement* pipeline) {
    GstBus* bus = gst_element_get_bus(pipeline);
    std::string problem;
    while (GstMessage* msg =
               gst_bus_pop_filtered(bus, static_cast<GstMessageType>(GST_MESSAGE_ERROR | GST_MESSAGE_EOS))) {
        if (problem.empty()) {
            if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
                GError* error = nullptr;
                gst_message_parse_error(msg, &error, nullptr);
                problem = error ? error->message : "pipeline error";
                if (error) g_error_free(error);
            } else {
                problem = "the camera stream ended";
            }
        }
        gst_message_unref(msg);
    }
    gst_object_unref(bus);
    return problem;
}

}  // namespace

Camera::Camera(std::string sourcePipeline, std::chrono::milliseconds retryAfter)
    : source_(std::move(sourcePipeline)), retryAfter_(retryAfter) {}

Camera::~Camera() {
    stop();
}

void Camera::start() {
    if (running_.exchange(true)) return;
    if (thread_.joinable()) thread_.join();
    setStatus(CameraState::Starting, "");
    thread_ = std::thread([this] { run(); });
}

void Camera::stop() {
    running_ = false;
    if (thread_.joinable()) thread_.join();
    setStatus(CameraState::Off, "");
    std::lock_guard lock(mutex_);
    latest_.reset();
}

CameraStatus Camera::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

std::shared_ptr<const CameraFrame> Camera::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

void Camera::onFrame(std::function<void()> callback) {
    std::lock_guard lock(mutex_);
    onFrame_ = std::move(callback);
}

void Camera::setStatus(CameraState state, std::string problem) {
    std::lock_guard lock(mutex_);
    if (state == CameraState::Failed && status_.problem != problem) spdlog::warn("camera: {}", problem);
    if (state == CameraState::Running && status_.state != CameraState::Running) spdlog::info("camera: running");
    status_.state = state;
    status_.problem = std::move(problem);
}

void Camera::run() {
    ensureGstreamer();
    std::uint64_t sequence = 0;
    while (running_) {
        // After a failure the problem stays on screen while the camera is tried again.
        if (status().state != CameraState::Failed) setStatus(CameraState::Starting, "");
        // The kiosk's end of the pipeline: RGBA for the preview texture and the photo, and an
        // appsink that keeps one frame (a slow reader drops frames, never queues them).
        const std::string description = source_ +
                                        " ! videoconvert ! video/x-raw,format=RGBA ! appsink name=kiosk_sink "
                                        "max-buffers=1 drop=true sync=false";
        GError* error = nullptr;
        Pipeline pipeline(gst_parse_launch(description.c_str(), &error));
        std::string problem;
        if (error) {
            problem = std::string("camera pipeline: ") + error->message;
            g_error_free(error);
        }
        GstElement* sink = pipeline ? gst_bin_get_by_name(GST_BIN(pipeline.get()), "kiosk_sink") : nullptr;
        if (problem.empty() && (!pipeline || !sink)) problem = "camera pipeline cannot be built";
        if (problem.empty() && gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
            problem = busProblem(pipeline.get());
            if (problem.empty()) problem = "the camera cannot start (missing or busy)";
        }
        while (problem.empty() && running_) {
            GstSample* sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), 100 * GST_MSECOND);
            problem = busProblem(pipeline.get());
            if (!sample) continue;
            if (auto frame = rgbaFrameOf(sample, sequence + 1)) {
                ++sequence;
                std::function<void()> callback;
                {
                    std::lock_guard lock(mutex_);
                    latest_ = std::move(frame);
                    ++status_.frames;
                    callback = onFrame_;
                }
                setStatus(CameraState::Running, "");
                if (callback) callback();
            }
            gst_sample_unref(sample);
        }
        if (sink) gst_object_unref(sink);
        pipeline.reset();
        if (!running_) break;
        setStatus(CameraState::Failed, problem);
        // Try again after a while (a camera plugged back in), waking early for stop().
        const auto until = std::chrono::steady_clock::now() + retryAfter_;
        while (running_ && std::chrono::steady_clock::now() < until) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

}  // namespace kiosk::platform
