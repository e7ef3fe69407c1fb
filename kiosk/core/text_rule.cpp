#include "core/text_rule.h"

#include "core/utf8.h"

namespace kiosk::core {
namespace {

struct Span {
    char32_t first;
    char32_t last;
};

// Unicode's format characters (general category Cf) and the separators, as of Unicode 15.
constexpr Span kInvisible[] = {
    {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},   {0x070F, 0x070F},
    {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x180E, 0x180E},   {0x200B, 0x200F},   {0x2028, 0x202E},
    {0x2060, 0x2064},   {0x2066, 0x206F},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
    {0xE0020, 0xE007F},
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

std::string remoteWordsForLog(std::string_view text, std::size_t maxChars) {
    const std::u32string chars = decodeUtf8(keepText(text, Lines::One, maxChars));
    std::string out;
    for (std::size_t i = 0; i < chars.size();) {
        std::size_t digits = 0;
        while (i + digits < chars.size() && chars[i + digits] >= U'0' && chars[i + digits] <= U'9') ++digits;
        if (digits >= 5) {
            out += '#';
            i += digits;
        } else if (digits > 0) {
            for (std::size_t k = 0; k < digits; ++k) out += static_cast<char>(chars[i + k]);
            i += digits;
        } else {
            appendUtf8(out, chars[i++]);
        }
    }
    return out;
}

}  // namespace kiosk::core
