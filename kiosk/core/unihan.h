#pragma once
// Unicode's Unihan database files (Debian package unicode-data), one entry a line:
// "U+738B<TAB>kMandarin<TAB>wáng". Read by the name search (pinyin readings).
#include <functional>
#include <string_view>

namespace kiosk::core {

// Calls `entry(codepoint, value)` for every line of `field`; malformed lines are skipped.
void forEachUnihanEntry(std::string_view text, std::string_view field,
                        const std::function<void(char32_t, std::string_view)>& entry);

}  // namespace kiosk::core
