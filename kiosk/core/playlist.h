#pragma once
// The unattended display's playlist: which announcement shows now. Each item may carry a
// schedule — first and last day, weekdays, a time-of-day window — a duration and a priority;
// an urgent item interrupts the loop while it is in its window and the loop resumes after it.
// Pure logic on a given local moment and steady time (tests use a fake clock).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/announcements.h"
#include "core/clock.h"

namespace kiosk::core {

// A moment on the kiosk's local calendar.
struct LocalMoment {
    int date = 0;         // yyyymmdd, e.g. 20261123 (compares in order)
    int weekday = 1;      // 1 Monday ... 7 Sunday
    int minuteOfDay = 0;  // 0 ... 1439
};
LocalMoment localMoment(WallTime when);

// Whether the item's schedule admits `at` (no schedule: always).
bool isScheduled(const AnnouncementSchedule& schedule, const LocalMoment& at);
inline bool isScheduled(const Announcement& item, const LocalMoment& at) {
    return isScheduled(item.schedule, at);
}

class Playlist {
public:
    explicit Playlist(Seconds defaultDuration) : defaultDuration_(defaultDuration) {}

    // From the top of the loop (the kiosk just fell idle).
    void restart(SteadyTime now);
    // Moves on as time passes and returns the item to show (an index into `items`), or nothing
    // when no item is scheduled now. Call each frame of the unattended display.
    std::optional<std::size_t> update(const std::vector<Announcement>& items, const LocalMoment& at, SteadyTime now);
    // When the shown item's time is up (the loop's wake-up); max() when nothing shows.
    SteadyTime nextChange() const;
    // The shown item's place in the loop it belongs to ("2 / 4"), 1-based; 0 when nothing shows.
    std::size_t position() const { return position_; }
    std::size_t loopLength() const { return loopLength_; }

private:
    Seconds durationOf(const Announcement& item) const;

    Seconds defaultDuration_;
    std::string shownId_;
    bool shownUrgent_ = false;
    SteadyTime shownSince_{};
    Seconds shownFor_{0};
    std::string interruptedId_;  // the loop's item an urgent one interrupted: it shows again after
    bool restarted_ = true;
    std::size_t position_ = 0;
    std::size_t loopLength_ = 0;
};

}  // namespace kiosk::core
