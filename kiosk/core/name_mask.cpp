#include "core/name_mask.h"

#include "core/utf8.h"

namespace kiosk::core {
namespace {
std::string encode(char32_t c) {
    std::string out;
    appendUtf8(out, c);
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
