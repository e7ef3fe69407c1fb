#include "core/date_text.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <utility>

namespace kiosk::core {
namespace {
void replaceAll(std::string& text, const std::string& marker, const std::string& value) {
    for (auto pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + value.size())) {
        text.replace(pos, marker.size(), value);
    }
}
}  // namespace

std::string formatTopBarDateTime(WallTime when, const DateTextStyle& style) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d", local.tm_hour, local.tm_min);
    std::string text = style.pattern;
    replaceAll(text, "{year}", std::to_string(local.tm_year + 1900));
    replaceAll(text, "{month}", std::to_string(local.tm_mon + 1));
    replaceAll(text, "{day}", std::to_string(local.tm_mday));
    replaceAll(text, "{weekday}", style.weekdays.at(static_cast<std::size_t>(local.tm_wday)));
    replaceAll(text, "{time}", time);
    return text;
}

std::optional<int> daysSince(const std::string& stamp, WallTime now) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    if (stamp.size() < 10 || std::sscanf(stamp.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    const std::chrono::year_month_day today{std::chrono::year{local.tm_year + 1900},
                                            std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                            std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    return static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{date}).count());
}

WallTime nextMinuteBoundary(WallTime when) {
    const auto minutes = std::chrono::floor<std::chrono::minutes>(when);
    return minutes + std::chrono::minutes{1};
}

std::string formatW3cDateTime(WallTime when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    // An offset is within ±14 h: two digits each for hours and minutes.
    const int offsetMinutes = static_cast<int>(local.tm_gmtoff / 60) % (24 * 60);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", local.tm_year + 1900, local.tm_mon + 1,
                  local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec, offsetMinutes < 0 ? '-' : '+',
                  std::abs(offsetMinutes) / 60, std::abs(offsetMinutes) % 60);
    return text;
}

}  // namespace kiosk::core
