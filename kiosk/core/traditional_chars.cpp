#include "core/traditional_chars.h"

#include <charconv>

#include "core/unihan.h"

namespace kiosk::core {

std::unordered_set<char32_t> parseTraditionalCharacters(std::string_view text) {
    std::unordered_set<char32_t> traditional;
    // "U+8CBC\tkSimplifiedVariant\tU+8D34": 貼 simplifies to 贴, so 貼 is traditional.
    // 报 lists itself ("U+62A5 ... U+62A5") and stays.
    forEachUnihanEntry(text, "kSimplifiedVariant", [&](char32_t c, std::string_view targets) {
        for (std::size_t i = 0; i < targets.size();) {
            std::size_t j = targets.find(' ', i);
            if (j == std::string_view::npos) j = targets.size();
            const std::string_view target = targets.substr(i, j - i);
            unsigned long other = 0;
            if (target.size() > 2 &&
                std::from_chars(target.data() + 2, target.data() + target.size(), other, 16).ec == std::errc{} &&
                other != c) {
                traditional.insert(c);
            }
            i = j + 1;
        }
    });
    return traditional;
}

}  // namespace kiosk::core
