#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// Decodes UTF-8 into code points. Invalid bytes become U+FFFD, so a bad string can never make a
// caller read out of bounds.
std::u32string decodeUtf8(std::string_view text);
bool isValidUtf8(std::string_view text);
// Appends one code point as UTF-8.
void appendUtf8(std::string& out, char32_t codepoint);
// Content text fit for one line on screen: valid UTF-8, 1..maxChars code points, no control
// characters (C0, DEL, C1) and no replacement characters.
bool isPrintableLine(std::string_view text, std::size_t maxChars);

}  // namespace kiosk::core
