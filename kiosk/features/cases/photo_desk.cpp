#include "features/cases/photo_desk.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "storage/sqlite_db.h"

namespace kiosk {

PhotoDesk::PhotoDesk(std::string directory) : folder_(std::move(directory)), worker_([this] { run(); }) {}

PhotoDesk::~PhotoDesk() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    worker_.join();  // jobs still queued run first: a discard promised is a discard done
}

void PhotoDesk::post(std::function<void()> job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    changed_.notify_all();
}

void PhotoDesk::save(std::shared_ptr<const platform::CameraFrame> frame, std::function<void(std::string)> saved) {
    post([this, frame = std::move(frame), saved = std::move(saved)] {
        std::string path;
        const auto started = std::chrono::steady_clock::now();
        const storage::EncodedPhoto photo =
            frame ? storage::encodeCasePhoto(frame->rgba.data(), frame->width, frame->height) : storage::EncodedPhoto{};
        if (photo.jpeg.empty()) {
            spdlog::warn("photo: the camera's picture could not be encoded");
        } else {
            try {
                path = folder_.save(photo.jpeg);
                const auto ms =
                    std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
                spdlog::info("photo: saved {}x{}, {} KB in {} ms", photo.width, photo.height, photo.jpeg.size() / 1024,
                             ms.count());
            } catch (const storage::StorageError& e) {
                spdlog::error("photo: not saved: {}", e.what());
            }
        }
        if (saved) saved(std::move(path));
    });
}

void PhotoDesk::discard(std::vector<std::string> paths) {
    if (paths.empty()) return;
    post([this, paths = std::move(paths)] {
        for (const std::string& p : paths) folder_.remove(p);
    });
}

void PhotoDesk::sweep(std::set<std::string> keep) {
    post([this, keep = std::move(keep)] {
        if (const int removed = folder_.removeAllBut(keep); removed > 0) {
            spdlog::info("photo: removed {} photo(s) no case refers to", removed);
        }
    });
}

void PhotoDesk::waitIdle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return jobs_.empty() && !working_; });
}

void PhotoDesk::run() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping, and nothing left to do
            job = std::move(jobs_.front());
            jobs_.pop_front();
            working_ = true;
        }
        job();
        {
            std::lock_guard lock(mutex_);
            working_ = false;
        }
        changed_.notify_all();
    }
}

}  // namespace kiosk
