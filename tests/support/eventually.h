#pragma once
// `eventually`: for what a worker thread (sync, camera, decoder) does in its own time.
#include <chrono>
#include <thread>

namespace kiosk::testing {

// Polls `done` until it holds or `limit` passes; returns its last answer.
template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds limit = std::chrono::milliseconds(8000)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

}  // namespace kiosk::testing
