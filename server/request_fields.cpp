#include "request_fields.h"

#include <charconv>
#include <chrono>
#include <cmath>

#include "core/text_rule.h"
#include "core/utf8.h"

namespace kiosk::server {
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

bool isPhoneNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.size() < 5 || text.size() > 20) return false;
    for (char c : text) {
        if (!isDigit(c)) return false;
    }
    return true;
}

std::optional<double> parseDegrees(std::string_view text, double limit) {
    std::size_t at = 0;
    if (at < text.size() && text[at] == '-') ++at;
    const std::size_t whole = at;
    while (at < text.size() && isDigit(text[at])) ++at;
    if (at == whole || at - whole > 3) return std::nullopt;
    if (at < text.size()) {
        if (text[at] != '.') return std::nullopt;
        const std::size_t fraction = ++at;
        while (at < text.size() && isDigit(text[at])) ++at;
        if (at == fraction || at - fraction > 15 || at != text.size()) return std::nullopt;
    }
    // The text is now known to be plain decimal; from_chars reads it without the locale.
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    if (value < -limit || value > limit) return std::nullopt;
    return value;
}

bool isPlainText(std::string_view text, std::size_t maxChars, bool lineBreaks) {
    if (!lineBreaks) return !core::textProblem(text, core::Lines::One, maxChars, false);
    // The one text rule (core/text_rule), a browser's CR LF (or a lone CR) counting as one break.
    std::string lines;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        lines += text[i] == '\r' ? '\n' : text[i];
    }
    return !core::textProblem(lines, core::Lines::Many, maxChars, false);
}

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

std::optional<std::string> normalisedIdempotencyKey(std::string_view text) {
    if (text.empty() || text.size() > 64) return std::nullopt;
    std::string key;
    key.reserve(text.size());
    for (char c : text) {
        if (isDigit(c) || (c >= 'a' && c <= 'f')) {
            key += c;
        } else if (c >= 'A' && c <= 'F') {
            key += static_cast<char>(c - 'A' + 'a');
        } else {
            return std::nullopt;
        }
    }
    return key;
}

RequestWindow requestWindow(const std::string* startDate, const std::string* endDate, std::int64_t now) {
    RequestWindow w;
    std::optional<std::int64_t> start, end;
    if (startDate && !(start = parseW3cDateTime(*startDate))) {
        w.error = "start_date is not a W3C date-time with its offset (2026-11-22T10:15:00+08:00)";
        return w;
    }
    if (endDate && !(end = parseW3cDateTime(*endDate))) {
        w.error = "end_date is not a W3C date-time with its offset (2026-11-22T10:15:00+08:00)";
        return w;
    }
    if (start && end) {
        if (*end < *start) {
            w.error = "end_date is before start_date";
            return w;
        }
        if (*end - *start > kMaxWindowSeconds) {
            w.error = "start_date to end_date spans more than 90 days";
            return w;
        }
    }
    w.end = end ? *end : start ? *start + kMaxWindowSeconds : now;
    w.start = start ? *start : w.end - kMaxWindowSeconds;
    return w;
}

}  // namespace kiosk::server
