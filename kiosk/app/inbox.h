#pragma once
// The one way a worker's finished work reaches the screens. Workers post closures from their own
// threads; the UI thread drains them once a frame, before drawing, so screens and feature state
// are only ever touched on the UI thread. Work that belongs to a resident's visit is tagged with
// the visit: when that visit has ended by the time the frame drains it, the closure is dropped
// here (or its `stale` closure runs instead, e.g. to delete a photo nobody will file) — the one
// place that keeps one resident's results from reaching the next.
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace kiosk {

class Inbox {
public:
    using Visit = std::uint64_t;
    static constexpr Visit kAnyVisit = 0;  // the kiosk's own work (content, fonts): never stale

    // `wakeUiThread` (thread-safe) makes the loop draw a frame soon; may be empty (tests).
    explicit Inbox(std::function<void()> wakeUiThread) : wake_(std::move(wakeUiThread)) {}
    Inbox(const Inbox&) = delete;
    Inbox& operator=(const Inbox&) = delete;

    // Any thread.
    void post(Visit visit, std::function<void()> apply, std::function<void()> stale = nullptr);
    void post(std::function<void()> apply) { post(kAnyVisit, std::move(apply)); }
    // A callable for a worker that hands back one value: posting it runs `apply(value)` on the UI thread.
    template <typename T>
    std::function<void(T)> replyTo(Visit visit, std::function<void(T)> apply, std::function<void(T)> stale = nullptr) {
        return [this, visit, apply = std::move(apply), stale = std::move(stale)](T value) {
            auto shared = std::make_shared<T>(std::move(value));
            post(
                visit, [apply, shared] { apply(std::move(*shared)); },
                stale ? std::function<void()>([stale, shared] { stale(std::move(*shared)); }) : nullptr);
        };
    }
    // A thread-safe wake for workers that only say "something changed" (the closure is empty).
    std::function<void()> waker() {
        return [this] { post([] {}); };
    }

    // UI thread: runs what has arrived, in the order it arrived. Closures posted while draining
    // wait for the next frame.
    void drain(Visit currentVisit);
    bool empty() const;

private:
    struct Letter {
        Visit visit;
        std::function<void()> apply;
        std::function<void()> stale;
    };
    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::deque<Letter> letters_;
};

}  // namespace kiosk
