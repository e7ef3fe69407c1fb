#pragma once
// The case tracking code a resident takes home: 10 digits (digits only, so it is typed on the
// same keypad as a phone number), the last a Damm check digit. The check catches every single
// mistyped digit and every swap of two neighbours, so a typo reads as "wrong code" at once
// instead of looking up somebody else's case.
#include <cstdint>
#include <string>
#include <string_view>

namespace kiosk::core {

constexpr std::size_t kTrackingCodeDigits = 10;

// Damm check digit of a string of decimal digits.
char dammCheckDigit(std::string_view digits);
// 9 digits from `random` (any 64-bit source) plus the check digit.
std::string makeTrackingCode(std::uint64_t random);
// 10 digits whose check digit is right.
bool isWellFormedTrackingCode(std::string_view code);
// "1234567890" -> "12345 67890" (partial input is grouped the same way as it grows).
std::string groupTrackingCode(std::string_view digits);

}  // namespace kiosk::core
