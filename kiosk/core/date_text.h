#pragma once
#include <array>
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

// When the text above next changes (the next whole minute), so the loop sleeps until then.
WallTime nextMinuteBoundary(WallTime when);

}  // namespace kiosk::core
