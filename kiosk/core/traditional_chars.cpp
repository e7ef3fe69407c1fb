#include "core/traditional_chars.h"

#include <string>

namespace kiosk::core {

std::unordered_set<char32_t> parseTraditionalCharacters(std::string_view text) {
    std::unordered_set<char32_t> traditional;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        // "U+8CBC\tkSimplifiedVariant\tU+8D34": 貼 simplifies to 贴, so 貼 is traditional.
        const auto tab1 = line.find('\t');
        if (line.size() < 3 || line[0] != 'U' || tab1 == std::string_view::npos) continue;
        const auto tab2 = line.find('\t', tab1 + 1);
        if (tab2 == std::string_view::npos || line.substr(tab1 + 1, tab2 - tab1 - 1) != "kSimplifiedVariant") continue;
        const std::string self(line.substr(2, tab1 - 2));
        bool simplifiesToAnother = false;
        for (std::size_t i = tab2 + 1; i < line.size();) {
            std::size_t j = line.find(' ', i);
            if (j == std::string_view::npos) j = line.size();
            const std::string_view target = line.substr(i, j - i);
            if (target.size() > 2 && target.substr(2) != self) simplifiesToAnother = true;
            i = j + 1;
        }
        if (simplifiesToAnother) traditional.insert(static_cast<char32_t>(std::stoul(self, nullptr, 16)));
    }
    return traditional;
}

}  // namespace kiosk::core
