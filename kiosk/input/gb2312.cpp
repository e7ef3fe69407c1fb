#include "input/gb2312.h"

#include <iconv.h>

#include <algorithm>

#include "core/utf8.h"

namespace kiosk::input {
namespace {

std::u32string decodeAllGb2312() {
    std::u32string out;
    iconv_t cd = iconv_open("UTF-8", "GB2312");
    if (cd == reinterpret_cast<iconv_t>(-1)) return out;
    // EUC-CN: rows 0xA1..0xF7, cells 0xA1..0xFE; unassigned codes fail to convert and are skipped.
    for (int row = 0xA1; row <= 0xF7; ++row) {
        for (int cell = 0xA1; cell <= 0xFE; ++cell) {
            char in[2] = {static_cast<char>(row), static_cast<char>(cell)};
            char utf8[8] = {};
            char* inPtr = in;
            char* outPtr = utf8;
            std::size_t inLeft = 2;
            std::size_t outLeft = sizeof(utf8);
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
            if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<std::size_t>(-1)) continue;
            const std::u32string decoded = core::decodeUtf8(std::string_view(utf8, sizeof(utf8) - outLeft));
            if (decoded.size() == 1) out += decoded[0];
        }
    }
    iconv_close(cd);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

const std::u32string& gb2312Characters() {
    static const std::u32string characters = decodeAllGb2312();
    return characters;
}

bool isGb2312(char32_t c) {
    const std::u32string& all = gb2312Characters();
    return std::binary_search(all.begin(), all.end(), c);
}

}  // namespace kiosk::input
