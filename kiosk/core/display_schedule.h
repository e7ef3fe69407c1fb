#pragma once
// The display schedule: outside the hall's opening hours the unattended display dims or goes
// black (display.hours, display.outside_hours). A touch still wakes the kiosk at any hour.
#include <optional>
#include <string>
#include <string_view>

#include "core/playlist.h"

namespace kiosk::core {

enum class DisplayMode { On, Dim, Blank };

struct DisplayHours {
    int fromMinute = 0;  // minutes after midnight; the window may run over midnight
    int untilMinute = 0;
};

// "07:30-20:00" -> the window; nothing for anything else. "" (always on) is handled by the caller.
std::optional<DisplayHours> parseDisplayHours(std::string_view text);
std::optional<DisplayMode> displayModeFromName(std::string_view name);  // "dim" | "blank"

// What the unattended display does at `at`: On inside the hours (or with no hours), else `outside`.
DisplayMode displayModeAt(const std::optional<DisplayHours>& hours, DisplayMode outside, const LocalMoment& at);

}  // namespace kiosk::core
