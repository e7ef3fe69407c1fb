#pragma once
// A mainland mobile number as typed on the kiosk's keypad: at most 11 digits, shown grouped
// 138 0013 8000, valid when it is 1[3-9] followed by 9 digits.
#include <string>
#include <string_view>

namespace kiosk::core {

enum class PhoneCheck {
    Valid,
    Empty,
    TooShort,    // fewer than 11 digits
    NotAMobile,  // 11 digits but not 1[3-9]xxxxxxxxx
};

PhoneCheck checkMobile(std::string_view digits);
// "13800138000" -> "138 0013 8000" (partial input is grouped the same way as it grows).
std::string groupMobile(std::string_view digits);
// Appends a typed digit unless the number is already complete; returns whether it was added.
bool appendDigit(std::string& digits, char digit);
// String-table key of the plain-words message for a check result ("" for Valid).
const char* phoneCheckMessageKey(PhoneCheck check);

}  // namespace kiosk::core
