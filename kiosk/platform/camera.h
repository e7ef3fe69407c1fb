#pragma once
// The kiosk camera through GStreamer: the source part of the pipeline comes from config
// (camera.pipeline, default a USB camera through v4l2src at 1280x720), so USB, MJPEG and IP
// cameras work by configuration, and tests run this very code on multifilesrc / videotestsrc.
// The kiosk appends the conversion to RGBA and an appsink that keeps only the newest frame.
//
// Its own thread: it pulls frames, watches the pipeline's bus and, when the camera is missing,
// busy or unplugged (a pipeline error), says so in plain state and tries again every few
// seconds — a camera plugged back in is picked up without a restart. Nothing runs while no
// screen needs the camera (start/stop).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::platform {

struct CameraFrame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4, row by row
    std::uint64_t sequence = 0;      // counts up from 1 with each frame
};

enum class CameraState {
    Off,       // not started (no screen needs it)
    Starting,  // the pipeline is being brought up
    Running,   // frames arrive
    Failed,    // missing, busy or unplugged: `problem` says why; tried again every retry period
};

struct CameraStatus {
    CameraState state = CameraState::Off;
    std::string problem;  // for the log and the operator; the screen says it in plain words
    std::uint64_t frames = 0;
};

class Camera {
public:
    // `sourcePipeline`: gst-launch syntax up to the raw video, e.g.
    // "v4l2src device=/dev/video0 ! video/x-raw,width=1280,height=720".
    explicit Camera(std::string sourcePipeline, std::chrono::milliseconds retryAfter = std::chrono::seconds(3));
    ~Camera();
    Camera(const Camera&) = delete;
    Camera& operator=(const Camera&) = delete;

    void start();  // no-op when running
    void stop();   // the pipeline goes to NULL: the camera's light goes off
    CameraStatus status() const;
    // The newest frame, or null before the first; the same frame until a newer one arrives.
    std::shared_ptr<const CameraFrame> latest() const;
    // Called on the camera thread after each new frame (wake the UI, feed the decoder).
    void onFrame(std::function<void()> callback);

private:
    void run();
    void setStatus(CameraState state, std::string problem);

    std::string source_;
    std::chrono::milliseconds retryAfter_;
    std::thread thread_;
    std::atomic<bool> running_{false};
    mutable std::mutex mutex_;
    CameraStatus status_;
    std::shared_ptr<const CameraFrame> latest_;
    std::function<void()> onFrame_;
};

}  // namespace kiosk::platform
