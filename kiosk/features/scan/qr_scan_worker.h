#pragma once
// Reads QR codes from the camera's frames on its own thread: it takes only the newest frame
// (frames that arrive while it decodes are dropped, never queued), turns it to gray, and runs
// one scanner pass (core/qr_decoder), at most kPassesPerSecond times a second. A code is handed
// to `read` (on this thread) once per showing.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/qr_decoder.h"
#include "platform/camera.h"

namespace kiosk {

class QrScanWorker {
public:
    explicit QrScanWorker(std::function<void(std::string)> read) : read_(std::move(read)) {}
    ~QrScanWorker();
    QrScanWorker(const QrScanWorker&) = delete;
    QrScanWorker& operator=(const QrScanWorker&) = delete;

    static constexpr int kPassesPerSecond = 10;

    void start(std::shared_ptr<platform::Camera> camera);  // decodes that camera's frames
    void stop();
    bool running() const { return thread_.joinable(); }
    void frameArrived();  // thread-safe (the camera thread calls it)

private:
    void run();
    std::function<void(std::string)> read_;
    std::shared_ptr<platform::Camera> camera_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool stopping_ = false;
    bool frameWaiting_ = false;
};

}  // namespace kiosk
