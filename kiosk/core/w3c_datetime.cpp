#include "core/w3c_datetime.h"

#include <chrono>

namespace kiosk::core {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at `at` into `value`, advancing `at`.
bool digits(std::string_view s, std::size_t& at, std::size_t count, int& value) {
    if (at + count > s.size()) return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!isDigit(s[at + i])) return false;
        value = value * 10 + (s[at + i] - '0');
    }
    at += count;
    return true;
}

bool literal(std::string_view s, std::size_t& at, char c) {
    if (at >= s.size() || s[at] != c) return false;
    ++at;
    return true;
}

}  // namespace

std::optional<std::int64_t> parseW3cDateTime(std::string_view s) {
    std::size_t at = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, at, 4, year) || !literal(s, at, '-') || !digits(s, at, 2, month) || !literal(s, at, '-') ||
        !digits(s, at, 2, day) || !literal(s, at, 'T') || !digits(s, at, 2, hour) || !literal(s, at, ':') ||
        !digits(s, at, 2, minute)) {
        return std::nullopt;
    }
    if (at < s.size() && s[at] == ':') {
        ++at;
        if (!digits(s, at, 2, second)) return std::nullopt;
        if (at < s.size() && s[at] == '.') {
            const std::size_t fraction = ++at;
            while (at < s.size() && isDigit(s[at])) ++at;
            if (at == fraction || at - fraction > 9) return std::nullopt;  // the fraction does not move the second
        }
    }
    int offsetSeconds = 0;
    if (literal(s, at, 'Z')) {
        offsetSeconds = 0;
    } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
        const int sign = s[at++] == '-' ? -1 : 1;
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(s, at, 2, offsetHours) || !literal(s, at, ':') || !digits(s, at, 2, offsetMinutes) ||
            offsetHours > 23 || offsetMinutes > 59) {
            return std::nullopt;
        }
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
        return std::nullopt;  // a time without its offset names no instant
    }
    if (at != s.size() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;  // 2026-02-30, month 13, day 0
    const std::int64_t days = std::chrono::sys_days{date}.time_since_epoch().count();
    return days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
}

}  // namespace kiosk::core
