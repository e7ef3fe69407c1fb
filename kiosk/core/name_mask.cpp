#include "core/name_mask.h"

#include "core/utf8.h"

namespace kiosk::core {
namespace {
std::string encode(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}
}  // namespace

std::string maskName(const std::string& utf8Name) {
    const std::u32string name = decodeUtf8(utf8Name);
    if (name.empty()) return {};
    if (name.size() == 1) return "*";
    if (name.size() == 2) return encode(name[0]) + "*";
    return encode(name.front()) + std::string(name.size() - 2, '*') + encode(name.back());
}

std::string maskPhone(const std::string& digits) {
    if (digits.size() != 11) return std::string(digits.size(), '*');
    return digits.substr(0, 3) + "****" + digits.substr(7);
}

}  // namespace kiosk::core
