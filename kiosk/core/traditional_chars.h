#pragma once
// Traditional characters, to keep them out of the pinyin keyboard's candidates (the kiosk serves
// Simplified Chinese; Google Pinyin's dictionary offers both). From Unicode's Unihan_Variants.txt
// (Debian package unicode-data): a character whose kSimplifiedVariant is another character.
#include <string_view>
#include <unordered_set>

namespace kiosk::core {

std::unordered_set<char32_t> parseTraditionalCharacters(std::string_view unihanVariants);

}  // namespace kiosk::core
