#pragma once
// A video announcement played on the unattended display: GStreamer's playbin decodes the file
// (video only: the hall hears nothing) on its own thread, in real time, looping at the end; the
// newest frame waits as RGBA for the UI thread to show. A file that cannot be played says why in
// `status()` and the announcement falls back to its title and words.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "platform/camera.h"  // CameraFrame: an RGBA picture with its sequence number

namespace kiosk::platform {

enum class VideoState { Off, Starting, Playing, Failed };

struct VideoStatus {
    VideoState state = VideoState::Off;
    std::string problem;       // why it cannot be played (for the log; no personal data in a file name)
    std::uint64_t frames = 0;  // decoded so far
    int loops = 0;             // times it reached its end and began again
};

class VideoClip {
public:
    // Frames wider or taller than `maxSide` are scaled down (aspect kept): the texture upload and
    // the software GL draw stay cheap whatever the platform sends.
    explicit VideoClip(std::string path, int maxSide = 960);
    ~VideoClip();
    VideoClip(const VideoClip&) = delete;
    VideoClip& operator=(const VideoClip&) = delete;

    void start();  // no-op when playing
    // The size the screen shows the frames at (whole pixels, the video's aspect): from the next
    // frames on they are decoded at it — within `maxSide` — so the loop copies each one to the
    // screen as it is instead of scaling it through the shader. Any thread.
    void showAt(int width, int height);
    void stop();  // waits for the pipeline to close (tens of ms): not on the UI thread
    // Asks the pipeline to close and returns at once; `closed()` says when it has (destroying
    // the clip then waits for nothing).
    void requestStop() { running_ = false; }
    bool closed() const { return !running_ && threadDone_; }
    const std::string& path() const { return path_; }
    VideoStatus status() const;
    std::shared_ptr<const CameraFrame> latest() const;
    // Called on the video thread after each new frame (wake the UI for one frame).
    void onFrame(std::function<void()> callback);

private:
    void run();
    void fail(std::string problem);

    std::string path_;
    int maxSide_;
    std::atomic<std::uint64_t> shownSize_{0};  // width << 32 | height; 0: any size within maxSide
    std::thread thread_;
    std::atomic<bool> running_{false};
    std::atomic<bool> threadDone_{true};
    mutable std::mutex mutex_;
    VideoStatus status_;
    std::shared_ptr<const CameraFrame> latest_;
    std::function<void()> onFrame_;
};

}  // namespace kiosk::platform
