#include "core/date_text.h"

#include <cstdio>
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

WallTime nextMinuteBoundary(WallTime when) {
    const auto minutes = std::chrono::floor<std::chrono::minutes>(when);
    return minutes + std::chrono::minutes{1};
}

}  // namespace kiosk::core
