#include "features/scan/qr_scan_worker.h"

#include <chrono>
#include <utility>
#include <vector>

namespace kiosk {

QrScanWorker::~QrScanWorker() {
    stop();
}

void QrScanWorker::start(std::shared_ptr<platform::Camera> camera) {
    if (running()) return;
    camera_ = std::move(camera);
    {
        std::lock_guard lock(mutex_);
        stopping_ = false;
        frameWaiting_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void QrScanWorker::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void QrScanWorker::frameArrived() {
    {
        std::lock_guard lock(mutex_);
        frameWaiting_ = true;
    }
    changed_.notify_all();
}

void QrScanWorker::run() {
    core::QrScanner scanner;
    std::vector<std::uint8_t> luma;
    std::uint64_t lastSequence = 0;
    auto lastPass = std::chrono::steady_clock::time_point{};
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || frameWaiting_; });
            if (stopping_) return;
            // At most kPassesPerSecond: a resident holds a code up for seconds, and every pass
            // costs a core for milliseconds (a try-harder one for tens).
            const auto due = lastPass + std::chrono::milliseconds(1000 / kPassesPerSecond);
            if (changed_.wait_until(lock, due, [&] { return stopping_; })) return;
            frameWaiting_ = false;
        }
        lastPass = std::chrono::steady_clock::now();
        const std::shared_ptr<const platform::CameraFrame> frame = camera_ ? camera_->latest() : nullptr;
        if (!frame || frame->sequence == lastSequence) continue;
        lastSequence = frame->sequence;
        core::lumaFromRgba(frame->rgba.data(), frame->width, frame->height, luma);
        auto text =
            scanner.scan({luma.data(), frame->width, frame->height, frame->width, 1}, std::chrono::steady_clock::now());
        if (text && read_) read_(std::move(*text));
    }
}

}  // namespace kiosk
