#include "core/display_schedule.h"

#include <cstdio>
#include <string>

namespace kiosk::core {
namespace {

std::optional<int> minuteOf(std::string_view hhmm) {
    if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u}) {
        if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
    }
    const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
    const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
    if (m > 59 || h * 60 + m > 1440) return std::nullopt;
    return h * 60 + m;
}

}  // namespace

std::optional<DisplayHours> parseDisplayHours(std::string_view text) {
    if (text.size() != 11 || text[5] != '-') return std::nullopt;
    const auto from = minuteOf(text.substr(0, 5));
    const auto until = minuteOf(text.substr(6, 5));
    if (!from || !until || *from == *until) return std::nullopt;
    return DisplayHours{*from, *until};
}

std::optional<DisplayMode> displayModeFromName(std::string_view name) {
    if (name == "dim") return DisplayMode::Dim;
    if (name == "blank") return DisplayMode::Blank;
    return std::nullopt;
}

DisplayMode displayModeAt(const std::optional<DisplayHours>& hours, DisplayMode outside, const LocalMoment& at) {
    if (!hours) return DisplayMode::On;
    const int m = at.minuteOfDay;
    const bool inside = hours->fromMinute < hours->untilMinute ? m >= hours->fromMinute && m < hours->untilMinute
                                                               : m >= hours->fromMinute || m < hours->untilMinute;
    return inside ? DisplayMode::On : outside;
}

}  // namespace kiosk::core
