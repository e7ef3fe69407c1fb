#pragma once
// The photos a resident takes for a case, saved on a worker: encoding a JPEG costs tens of
// milliseconds and the write waits for the disk (fsync); no frame waits for either. The UI
// thread hands over a camera frame and a callback that receives the saved file's path.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "platform/camera.h"
#include "storage/case_photo.h"

namespace kiosk {

class PhotoDesk {
public:
    explicit PhotoDesk(std::string directory);
    ~PhotoDesk();
    PhotoDesk(const PhotoDesk&) = delete;
    PhotoDesk& operator=(const PhotoDesk&) = delete;

    // Encodes and writes the frame as it came from the camera (not mirrored, as the preview is);
    // `saved` gets the file's path (empty: it could not be saved, the log says why), on the worker.
    void save(std::shared_ptr<const platform::CameraFrame> frame, std::function<void(std::string)> saved);
    // Photos no case will carry (retaken, removed, or the visit ended without a case).
    void discard(std::vector<std::string> paths);
    // At start: removes every photo but those the outbox still refers to (a power cut's leftovers).
    void sweep(std::set<std::string> keep);
    const std::string& directory() const { return folder_.directory(); }
    // For tests: waits until every job handed over so far is done.
    void waitIdle();

private:
    void run();
    void post(std::function<void()> job);

    storage::PhotoFolder folder_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::function<void()>> jobs_;
    bool working_ = false;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace kiosk
