#include "core/phone_number.h"

#include <algorithm>

namespace kiosk::core {

namespace {
constexpr std::size_t kMobileDigits = 11;
bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

PhoneCheck checkMobile(std::string_view digits) {
    if (digits.empty()) return PhoneCheck::Empty;
    if (!allDigits(digits) || digits.size() > kMobileDigits) return PhoneCheck::NotAMobile;
    if (digits.size() < kMobileDigits) return PhoneCheck::TooShort;
    if (digits[0] != '1' || digits[1] < '3' || digits[1] > '9') return PhoneCheck::NotAMobile;
    return PhoneCheck::Valid;
}

std::string groupMobile(std::string_view digits) {
    // 3-4-4, the way numbers are printed and read out in China.
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i == 3 || i == 7) out += ' ';
        out += digits[i];
    }
    return out;
}

bool appendDigit(std::string& digits, char digit) {
    if (digit < '0' || digit > '9' || digits.size() >= kMobileDigits) return false;
    digits += digit;
    return true;
}

const char* phoneCheckMessageKey(PhoneCheck check) {
    switch (check) {
        case PhoneCheck::Empty: return "phone.empty";
        case PhoneCheck::TooShort: return "phone.too_short";
        case PhoneCheck::NotAMobile: return "phone.not_mobile";
        case PhoneCheck::Valid:
        default: return "";
    }
}

}  // namespace kiosk::core
