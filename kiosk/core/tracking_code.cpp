#include "core/tracking_code.h"

#include <algorithm>

namespace kiosk::core {
namespace {

// The weakly totally anti-symmetric quasigroup of order 10 from Damm (2004).
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

char dammCheckDigit(std::string_view digits) {
    int interim = 0;
    for (char c : digits) interim = kDamm[interim][c - '0'];
    return static_cast<char>('0' + interim);
}

std::string makeTrackingCode(std::uint64_t random) {
    std::string code(kTrackingCodeDigits - 1, '0');
    // A leading 1-9 so the code never looks shorter than it is when someone drops a zero.
    code[0] = static_cast<char>('1' + random % 9);
    random /= 9;
    for (std::size_t i = 1; i < code.size(); ++i) {
        code[i] = static_cast<char>('0' + random % 10);
        random /= 10;
    }
    return code + dammCheckDigit(code);
}

bool isWellFormedTrackingCode(std::string_view code) {
    return code.size() == kTrackingCodeDigits && allDigits(code) && dammCheckDigit(code.substr(0, 9)) == code[9];
}

std::string groupTrackingCode(std::string_view digits) {
    std::string out(digits.substr(0, 5));
    if (digits.size() > 5) out += ' ' + std::string(digits.substr(5));
    return out;
}

}  // namespace kiosk::core
