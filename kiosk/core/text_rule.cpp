#include "core/text_rule.h"

#include "core/utf8.h"

namespace kiosk::core {
namespace {

struct Span {
    char32_t first;
    char32_t last;
};

// Unicode's format characters (general category Cf) and its default-ignorable code points (drawn
// as nothing: Hangul fillers, the combining grapheme joiner, variation selectors, …), as of
// Unicode 15, with the line and paragraph separators.
constexpr Span kInvisible[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},
    {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x115F, 0x1160},   {0x17B4, 0x17B5},
    {0x180B, 0x180F},   {0x200B, 0x200F},   {0x2028, 0x202E},   {0x2060, 0x206F},   {0x3164, 0x3164},
    {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFFB},   {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

bool isNoncharacter(char32_t c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

}  // namespace

bool isTextCharacter(char32_t c, Lines lines) {
    if (c == U'\n') return lines == Lines::Many;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
    if (c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF || isNoncharacter(c)) return false;
    for (const Span& s : kInvisible) {
        if (c >= s.first && c <= s.last) return false;
    }
    return true;
}

std::optional<std::string> textProblem(std::string_view text, Lines lines, std::size_t maxChars, bool required) {
    if (const auto at = firstInvalidUtf8(text)) return "is not valid UTF-8 (byte " + std::to_string(*at) + ")";
    const std::u32string chars = decodeUtf8(text);
    if (required && chars.empty()) return std::string("is empty");
    if (chars.size() > maxChars) return "is longer than " + std::to_string(maxChars) + " characters";
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (isTextCharacter(chars[i], lines)) continue;
        if (chars[i] == U'\n') return std::string("must be one line");
        return "holds a control or invisible character (character " + std::to_string(i + 1) + ")";
    }
    return std::nullopt;
}

bool isTextLine(std::string_view text, std::size_t maxChars) {
    return !textProblem(text, Lines::One, maxChars);
}

std::string keepText(std::string_view text, Lines lines, std::size_t maxChars) {
    std::string out;
    std::size_t kept = 0;
    for (char32_t c : decodeUtf8(text)) {
        if (kept == maxChars) break;
        if (!isTextCharacter(c, lines)) continue;
        appendUtf8(out, c);
        ++kept;
    }
    return out;
}

bool isPlainToken(std::string_view text, std::size_t maxBytes) {
    if (text.empty() || text.size() > maxBytes) return false;
    for (char c : text) {
        if (c <= ' ' || c > '~' || c == '"' || c == '\'' || c == '\\') return false;
    }
    return true;
}

namespace {

bool isDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');  // full-width digits too
}

// What people put between the digits of a phone or ID number: "138-0013-8000", "138 0013 8000".
bool isDigitSeparator(char32_t c) {
    return c == U' ' || c == U'-' || c == U'.' || c == U'(' || c == U')' || c == U'+' || c == U'/' || c == U'　' ||
           c == U'－';
}

}  // namespace

std::string remoteWordsForLog(std::string_view text, std::size_t maxChars) {
    const std::u32string chars = decodeUtf8(keepText(text, Lines::One, maxChars));
    std::string out;
    for (std::size_t i = 0; i < chars.size();) {
        // A run of digits with separators between them, starting and ending with a digit.
        std::size_t end = i;
        std::size_t digits = 0;
        for (std::size_t k = i; k < chars.size() && (isDigit(chars[k]) || (k > i && isDigitSeparator(chars[k]))); ++k) {
            if (isDigit(chars[k])) {
                ++digits;
                end = k + 1;
            }
        }
        if (digits >= 5) {
            out += '#';
            i = end;
        } else if (digits > 0) {
            for (std::size_t k = i; k < end; ++k) appendUtf8(out, chars[k]);
            i = end;
        } else {
            appendUtf8(out, chars[i++]);
        }
    }
    return out;
}

}  // namespace kiosk::core
