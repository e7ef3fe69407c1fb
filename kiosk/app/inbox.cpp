#include "app/inbox.h"

namespace kiosk {

void Inbox::post(Visit visit, std::function<void()> apply, std::function<void()> stale) {
    {
        const std::lock_guard lock(mutex_);
        letters_.push_back({visit, std::move(apply), std::move(stale)});
    }
    if (wake_) wake_();
}

void Inbox::drain(Visit currentVisit) {
    std::deque<Letter> arrived;
    {
        const std::lock_guard lock(mutex_);
        arrived.swap(letters_);
    }
    for (Letter& letter : arrived) {
        if (letter.visit == kAnyVisit || letter.visit == currentVisit) {
            letter.apply();
        } else if (letter.stale) {
            letter.stale();
        }
    }
}

bool Inbox::empty() const {
    const std::lock_guard lock(mutex_);
    return letters_.empty();
}

}  // namespace kiosk
