#include "request_fields.h"

#include <algorithm>
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

}  // namespace

std::vector<std::string> mainlandMobileForms(const std::string& plain) {
    std::string number = plain;
    for (const char* prefix : {"+86", "0086", "86"}) {
        const std::string p(prefix);
        if (number.size() == p.size() + 11 && number.compare(0, p.size(), p) == 0) {
            number = number.substr(p.size());
            break;
        }
    }
    const bool mobile = number.size() == 11 && number[0] == '1' && number[1] >= '3' && number[1] <= '9' &&
                        std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!mobile) return {plain};
    return {number, "+86" + number, "0086" + number, "86" + number};
}

std::optional<std::string> phoneNumber(std::string_view text) {
    if (text.size() > 32) return std::nullopt;
    std::string plain;
    if (!text.empty() && text.front() == '+') {
        plain = "+";
        text.remove_prefix(1);
    }
    std::size_t digits = 0;
    for (char c : text) {
        if (isDigit(c)) {
            plain += c;
            ++digits;
        } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
            return std::nullopt;
        }
    }
    if (digits < 5 || digits > 20) return std::nullopt;
    return plain;
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

namespace {

// "…T10:15:34.500+08:00": a fraction that is not all zeros.
bool hasFractionOfASecond(const std::string& text) {
    const std::size_t dot = text.find('.', text.find('T'));
    if (dot == std::string::npos) return false;
    for (std::size_t i = dot + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (text[i] != '0') return true;
    }
    return false;
}

}  // namespace

RequestWindow requestWindow(const std::string* startDate, const std::string* endDate, std::int64_t now) {
    RequestWindow w;
    std::optional<std::int64_t> start, end;
    if (startDate && !(start = parseW3cDateTime(*startDate))) {
        w.error = "start_date is not a W3C date-time with its offset (2026-11-22T10:15:00+08:00)";
        return w;
    }
    // Cases are stamped in whole seconds: a start of …:34.5 begins with …:35.
    if (start && hasFractionOfASecond(*startDate)) ++*start;
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
