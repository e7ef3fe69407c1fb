#include "core/unihan.h"

#include <charconv>

namespace kiosk::core {

void forEachUnihanEntry(std::string_view text, std::string_view field,
                        const std::function<void(char32_t, std::string_view)>& entry) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.size() < 3 || line.substr(0, 2) != "U+") continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string_view::npos || line.substr(tab1 + 1, tab2 - tab1 - 1) != field) continue;
        unsigned long codepoint = 0;
        const auto [ptr, ec] = std::from_chars(line.data() + 2, line.data() + tab1, codepoint, 16);
        if (ec != std::errc{} || ptr != line.data() + tab1 || codepoint > 0x10FFFF) continue;
        entry(static_cast<char32_t>(codepoint), line.substr(tab2 + 1));
    }
}

}  // namespace kiosk::core
