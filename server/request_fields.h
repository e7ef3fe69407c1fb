#pragma once
// The small checks the reference server makes of what a client sends (docs/api.md): each field
// is parsed strictly — exactly the form the API documents, nothing a lenient library call would
// also take (strtod's "NaN", "inf", "0x1F", "3e1"; a date compared as text) — so what is stored
// is what the API promises to whoever reads it next.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.h"
#include "core/w3c_datetime.h"

namespace kiosk::server {

// A phone number as people write it — an optional leading '+', then 5 to 20 digits, which
// spaces, '-', '.', '(' and ')' may separate ("+86 138-0013-8000", "(415) 555-1234"); at most
// 32 characters — as its plain form ("+8613800138000"), or nothing.
std::optional<std::string> phoneNumber(std::string_view text);
// The forms one mainland mobile number is written in (1xxxxxxxxxx, +86…, 0086…, 86…) — from any
// of them; the number itself alone where it is not a mainland mobile (1[3-9] and 9 more digits).
std::vector<std::string> mainlandMobileForms(const std::string& plain);
inline bool isPhoneNumber(std::string_view text) {
    return phoneNumber(text).has_value();
}

// Decimal degrees are read by the kiosk's core too (core/geo_point: one reader for both sides).
using core::parseDegrees;

// Text a person wrote, by the kiosk's one text rule (core/text_rule: no controls, bidi or
// invisible characters): at most maxChars code points, line breaks (LF, CR LF, CR) only where
// `lineBreaks` allows them.
bool isPlainText(std::string_view text, std::size_t maxChars, bool lineBreaks = false);

// W3C date-times are read by the kiosk's core (one reader for both sides).
using core::parseW3cDateTime;

// An Idempotency-Key: 1 to 64 hex digits, in whichever case; returned in lower case, the one
// form it is stored and compared in.
std::optional<std::string> normalisedIdempotencyKey(std::string_view text);

// A request window (start_date / end_date of GET requests and servicerequestupdates), at most
// 90 days as Open311 says. Neither given: the 90 days up to now; one given: 90 days from it or up
// to it. `error` names the field when the window cannot be served.
struct RequestWindow {
    std::int64_t start = 0;  // seconds since 1970, both ends included
    std::int64_t end = 0;
    std::string error;
};
inline constexpr std::int64_t kMaxWindowSeconds = 90LL * 24 * 3600;
RequestWindow requestWindow(const std::string* startDate, const std::string* endDate, std::int64_t now);

}  // namespace kiosk::server
