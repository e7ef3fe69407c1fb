#pragma once
// The one way a whole number is read from outside JSON. Every integer field has an explicit range,
// checked before the value is used: nlohmann keeps numbers past INT64_MAX as unsigned, and
// get<int64_t>() on 18446744063709551616 gave −10^10 (a balance of −100,000,000.00 元 on screen).
// Floats and exponent forms (1.0, 1e3) are not whole numbers here: money and counts are integers.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

namespace kiosk::core {

struct IntegerRange {
    std::int64_t min = 0;
    std::int64_t max = 0;
};

// Amounts in fen: 0 ≤ fen ≤ 10^13 (1,000 亿元); a balance may be negative, symmetrically.
constexpr IntegerRange kFenRange{0, 10'000'000'000'000};
constexpr IntegerRange kSignedFenRange{-10'000'000'000'000, 10'000'000'000'000};

// `value` as an integer within `range`; nothing for any other value.
std::optional<std::int64_t> jsonInteger(const nlohmann::json& value, IntegerRange range);
// The same for object[key]; nothing when the key is missing or `object` is not an object.
std::optional<std::int64_t> jsonInteger(const nlohmann::json& object, const char* key, IntegerRange range);

}  // namespace kiosk::core
