#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// Decodes UTF-8 into code points. Invalid bytes become U+FFFD, so a bad string can never make a
// caller read out of bounds.
std::u32string decodeUtf8(std::string_view text);
bool isValidUtf8(std::string_view text);
// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nothing.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
// Appends one code point as UTF-8.
void appendUtf8(std::string& out, char32_t codepoint);

}  // namespace kiosk::core
