#pragma once
// The characters of GB2312 (6,763 hanzi plus its punctuation and symbols): the set every
// keyboard candidate is drawn from. The input font atlas holds all of them, so a candidate bar can
// never show a missing glyph, and anything rarer (or traditional) is left out of the candidates.
#include <string>

namespace kiosk::input {

// Decoded once from glibc's GB2312 converter; sorted, no duplicates. Empty if iconv lacks GB2312.
const std::u32string& gb2312Characters();
bool isGb2312(char32_t c);

}  // namespace kiosk::input
