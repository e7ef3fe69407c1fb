#include "core/playlist.h"

#include <algorithm>
#include <ctime>

namespace kiosk::core {

LocalMoment localMoment(WallTime when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    LocalMoment m;
    m.date = (local.tm_year + 1900) * 10000 + (local.tm_mon + 1) * 100 + local.tm_mday;
    m.weekday = local.tm_wday == 0 ? 7 : local.tm_wday;
    m.minuteOfDay = local.tm_hour * 60 + local.tm_min;
    return m;
}

bool isScheduled(const AnnouncementSchedule& s, const LocalMoment& at) {
    if (s.firstDate && at.date < *s.firstDate) return false;
    if (s.lastDate && at.date > *s.lastDate) return false;
    if (!s.weekdays.empty() && std::find(s.weekdays.begin(), s.weekdays.end(), at.weekday) == s.weekdays.end())
        return false;
    if (s.fromMinute && s.untilMinute) {
        // A window may run over midnight (22:00–06:00).
        const bool inside = *s.fromMinute <= *s.untilMinute
                                ? at.minuteOfDay >= *s.fromMinute && at.minuteOfDay < *s.untilMinute
                                : at.minuteOfDay >= *s.fromMinute || at.minuteOfDay < *s.untilMinute;
        if (!inside) return false;
    }
    return true;
}

Seconds Playlist::durationOf(const Announcement& item) const {
    return item.schedule.seconds > 0 ? Seconds{static_cast<double>(item.schedule.seconds)} : defaultDuration_;
}

void Playlist::restart(SteadyTime now) {
    shownId_.clear();
    interruptedId_.clear();
    shownSince_ = now;
    restarted_ = true;
}

std::optional<std::size_t> Playlist::update(const std::vector<Announcement>& items, const LocalMoment& at,
                                            SteadyTime now) {
    // The loop: scheduled items, higher priority first (the content's order among equals); while
    // an urgent item is scheduled, the urgent ones alone.
    std::vector<std::size_t> loop;
    bool urgent = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!isScheduled(items[i], at)) continue;
        if (items[i].schedule.urgent && !urgent) {
            urgent = true;
            loop.clear();
        }
        if (items[i].schedule.urgent == urgent) loop.push_back(i);
    }
    std::stable_sort(loop.begin(), loop.end(), [&](std::size_t a, std::size_t b) {
        return items[a].schedule.priority > items[b].schedule.priority;
    });
    loopLength_ = loop.size();
    if (loop.empty()) {
        shownId_.clear();
        position_ = 0;
        return std::nullopt;
    }
    auto place = [&](const std::string& id) {
        return std::find_if(loop.begin(), loop.end(), [&](std::size_t i) { return items[i].id == id; });
    };
    auto show = [&](std::vector<std::size_t>::const_iterator it, SteadyTime since) {
        shownId_ = items[*it].id;
        shownUrgent_ = urgent;
        shownSince_ = since;
        shownFor_ = durationOf(items[*it]);
        position_ = static_cast<std::size_t>(it - loop.begin()) + 1;
        restarted_ = false;
        return *it;
    };
    if (restarted_ || shownId_.empty()) return show(loop.begin(), now);
    if (urgent && !shownUrgent_) {
        interruptedId_ = shownId_;  // an urgent item interrupts: it shows at once
        return show(loop.begin(), now);
    }
    if (!urgent && shownUrgent_) {
        // The urgent item's window ended: back to the loop where it was interrupted.
        const auto resume = place(interruptedId_);
        interruptedId_.clear();
        return show(resume != loop.end() ? resume : loop.begin(), now);
    }
    const auto current = place(shownId_);
    if (current == loop.end()) {
        // The shown item left the schedule (it expired, or its window closed): the loop starts
        // again from its top.
        return show(loop.begin(), now);
    }
    if (now - shownSince_ < shownFor_) {
        position_ = static_cast<std::size_t>(current - loop.begin()) + 1;
        return *current;
    }
    // Its time is up: the next in the loop, timed from when this one ended (no drift), unless
    // the display slept through several.
    const SteadyTime ended = shownSince_ + std::chrono::duration_cast<SteadyTime::duration>(shownFor_);
    const auto next = current + 1 == loop.end() ? loop.begin() : current + 1;
    return show(next, now - ended < shownFor_ ? ended : now);
}

SteadyTime Playlist::nextChange() const {
    if (shownId_.empty()) return SteadyTime::max();
    return shownSince_ + std::chrono::duration_cast<SteadyTime::duration>(shownFor_);
}

}  // namespace kiosk::core
