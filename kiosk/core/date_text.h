#pragma once
#include <array>
#include <optional>
#include <string>

#include "core/clock.h"

namespace kiosk::core {

// How the top bar writes the date, from the string table: a pattern with {year} {month} {day}
// {weekday} {time} and the seven weekday names, Sunday first.
struct DateTextStyle {
    std::string pattern;                  // "{year}年{month}月{day}日 {weekday} {time}"
    std::array<std::string, 7> weekdays;  // "星期日", "星期一", ...
};

// The date and time in the kiosk's local time zone: "2026年11月22日 星期日 20:15".
std::string formatTopBarDateTime(WallTime when, const DateTextStyle& style);

// W3C date-time in the kiosk's local time with its offset: "2026-11-22T20:15:00+08:00" (Open311
// wants a timezone on every date).
std::string formatW3cDateTime(WallTime when);

// When the text above next changes (the next whole minute), so the loop sleeps until then.
WallTime nextMinuteBoundary(WallTime when);

// Whole days from the date at the start of `stamp` ("2026-11-20" or "2026-11-20 08:00") to the
// local date of `now`; nullopt when the stamp is not a date.
std::optional<int> daysSince(const std::string& stamp, WallTime now);

}  // namespace kiosk::core
