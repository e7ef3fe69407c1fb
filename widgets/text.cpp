#include "widgets/text.h"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <vector>

#include <imgui_internal.h>

#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

// 禁则 (Chinese line-breaking rules): ImGui breaks CJK text before any character, so a line could
// start with "，" "。" "）" "”" or end with "（" "“". Such a break moves back a character or two.
bool mustNotStartLine(unsigned int c) {
    static constexpr char32_t kClosing[] = U"，。、；：？！）」』】》〉”’…—·％,.;:?!)]}%";
    for (const char32_t* p = kClosing; *p; ++p) {
        if (*p == c) return true;
    }
    return false;
}

bool mustNotEndLine(unsigned int c) {
    static constexpr char32_t kOpening[] = U"（「『【《〈“‘([{";
    for (const char32_t* p = kOpening; *p; ++p) {
        if (*p == c) return true;
    }
    return false;
}

unsigned int charAt(const char* p, const char* end) {
    unsigned int c = 0;
    ImTextCharFromUtf8(&c, p, end);
    return c;
}

const char* previousChar(const char* begin, const char* p) {
    do {
        --p;
    } while (p > begin && (static_cast<unsigned char>(*p) & 0xC0) == 0x80);
    return p;
}

const char* skipBlanks(const char* p, const char* end) {
    while (p < end && *p == ' ') ++p;
    return p;
}

bool isLatinLetter(unsigned int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A number is read whole and with its unit: no break inside "15" or "16,860.00", nor between
// "4" and "位" ("1" at a line's end and "5个工作日" under it reads as 5 days) — nor where a space
// sets the unit apart ("10 位查询码", "共 44 笔"). Two numbers apart break at their space. A Latin
// word amid Chinese stays whole too ("zx" over "m" is not the "zxm" he is asked to type).
bool holdsToNext(unsigned int last, unsigned int next, bool blankBetween) {
    const bool lastDigit = last >= '0' && last <= '9';
    const bool nextNumberPart = (next >= '0' && next <= '9') || next == '.' || next == ',';
    const bool nextIdeograph = next >= 0x4E00 && next <= 0x9FFF;
    if (blankBetween) return lastDigit && nextIdeograph;
    return lastDigit || ((last == '.' || last == ',') && nextNumberPart) ||
           (isLatinLetter(last) && isLatinLetter(next));
}

// Where the line starting at `s` breaks, given ImGui's break `b` (< eol), obeying 禁则 and
// keeping numbers whole.
const char* obeyLineBreakingRules(const char* s, const char* b, const char* eol) {
    const char* at = b;
    for (int moved = 0; moved < 12; ++moved) {
        const char* next = skipBlanks(at, eol);
        if (next >= eol) return at;
        const char* last = previousChar(s, at);
        if (last <= s) return b;  // nothing would be left on the line: keep ImGui's break
        const unsigned int nextChar = charAt(next, eol);
        const unsigned int lastChar = charAt(last, eol);
        if (!mustNotStartLine(nextChar) && !mustNotEndLine(lastChar) && !holdsToNext(lastChar, nextChar, next != at)) {
            return at;
        }
        at = last;
    }
    return b;  // a run of punctuation or a long number: keep ImGui's break rather than leave a stub
}

// Where the line starting at `s` breaks (`b`, from the rules above) so that a short quoted name —
// a button's, “下一步”, “重拍” — stays whole: a break inside it ("请点“下一 / 步”") moves before
// its opening quote, where that leaves something on the line.
const char* keepShortQuoteWhole(const char* s, const char* b, const char* eol) {
    constexpr unsigned int kOpenQuote = 0x201C;
    constexpr unsigned int kCloseQuote = 0x201D;
    constexpr int kShortQuote = 8;  // characters after the break, up to the closing quote
    const char* open = nullptr;
    for (const char* q = s; q < b; q += ImTextCountUtf8BytesFromChar(q, b)) {
        const unsigned int c = charAt(q, eol);
        if (c == kOpenQuote) open = q;
        if (c == kCloseQuote) open = nullptr;
    }
    if (open == nullptr || open <= s) return b;
    int after = 0;
    for (const char* q = b; q < eol && after <= kShortQuote; q += ImTextCountUtf8BytesFromChar(q, eol), ++after) {
        if (charAt(q, eol) == kCloseQuote) return open;
    }
    return b;
}

// Where the line starting at `s` breaks (`b`, from the rules above) so that the text's last line
// is not one character alone (with its punctuation): "谢谢 / 您！" reads as a stray mark. Where the
// rest fits on one line and holds a single character, the break moves back a character (the
// rules still obeyed), if this line keeps three.
const char* avoidLoneLastCharacter(ImFont* font, const char* s, const char* b, const char* eol, float wrapWidth) {
    // Counted first, stopping at the second character: this runs at every break of every text
    // every frame, and a long paragraph's rest is measured only when it is one character.
    const char* rest = skipBlanks(b, eol);
    int characters = 0;
    for (const char* q = rest; q < eol && characters < 2; q += ImTextCountUtf8BytesFromChar(q, eol)) {
        const unsigned int c = charAt(q, eol);
        if (c != ' ' && !mustNotStartLine(c)) ++characters;
    }
    if (characters != 1 || font->CalcWordWrapPositionA(1.0f, rest, eol, wrapWidth) < eol) return b;
    const char* earlier = obeyLineBreakingRules(s, previousChar(s, b), eol);
    int kept = 0;
    for (const char* q = s; q < earlier; q += ImTextCountUtf8BytesFromChar(q, earlier)) ++kept;
    return kept >= 3 && earlier < b ? earlier : b;
}

// The text's lines at `wrapWidth` (0: only its own line breaks).
const std::vector<std::string_view>& wrapLines(ImFont* font, std::string_view text, float wrapWidth) {
    static std::vector<std::string_view> lines;  // UI thread only; reused every call
    lines.clear();
    const char* p = text.data();
    const char* end = p + text.size();
    for (;;) {
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!eol) eol = end;
        const char* s = p;
        do {
            const char* b = eol;
            if (wrapWidth > 0.0f && s < eol) {  // an empty line stays empty (nothing past its end is read)
                b = font->CalcWordWrapPositionA(1.0f, s, eol, wrapWidth);
                if (b <= s) b = s + ImTextCountUtf8BytesFromChar(s, eol);  // at least one character a line
                if (b < eol) b = obeyLineBreakingRules(s, b, eol);
                if (b < eol) b = keepShortQuoteWhole(s, b, eol);
                if (b < eol) b = avoidLoneLastCharacter(font, s, b, eol, wrapWidth);
            }
            // A blank where the line broke is not part of it (its width would count).
            const char* lineEnd = b;
            while (b < eol && lineEnd > s && lineEnd[-1] == ' ') --lineEnd;
            lines.emplace_back(s, static_cast<std::size_t>(lineEnd - s));
            s = skipBlanks(b, eol);
        } while (s < eol);
        if (eol == end) break;
        p = eol + 1;
    }
    return lines;
}

float lineWidth(ImFont* font, std::string_view line) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, line.data(), line.data() + line.size()).x;
}

}  // namespace

std::vector<std::string> wrappedLines(ImFont* font, std::string_view text, float wrapWidth) {
    const auto& lines = wrapLines(font, text, wrapWidth);
    return {lines.begin(), lines.end()};
}

ImVec2 measureText(ImFont* font, std::string_view text, float wrapWidth) {
    const auto& lines = wrapLines(font, text, wrapWidth);
    float width = 0.0f;
    for (std::string_view line : lines) width = std::max(width, lineWidth(font, line));
    return ImVec2(width, font->FontSize * static_cast<float>(lines.size()));
}

void drawText(ImDrawList* drawList, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, float wrapWidth) {
    currentRegistry().addText(text, font);
    // The keyboards' font lives in its own atlas (its own texture): bind it for this text only.
    const ImTextureID texture = font->ContainerAtlas->TexID;
    const bool otherAtlas = texture != drawList->_CmdHeader.TextureId;
    if (otherAtlas) drawList->PushTextureID(texture);
    float y = pos.y;
    for (std::string_view line : wrapLines(font, text, wrapWidth)) {
        if (!line.empty()) {
            drawList->AddText(font, font->FontSize, ImVec2(pos.x, y), color, line.data(), line.data() + line.size());
        }
        y += font->FontSize;
    }
    if (otherAtlas) drawList->PopTextureID();
}

void drawTextCentered(ImDrawList* drawList, ImFont* font, ImVec2 min, ImVec2 max, ImU32 color, std::string_view text) {
    const float width = max.x - min.x;
    const ImVec2 size = measureText(font, text, width);
    const ImVec2 pos(min.x + (width - size.x) * 0.5f, min.y + (max.y - min.y - size.y) * 0.5f);
    // Wrapped lines are left-aligned; short labels (the usual case) centre exactly.
    drawText(drawList, font, pos, color, text, size.x < width ? 0.0f : width);
}

void textBlock(ImFont* font, ImU32 color, std::string_view text, float wrapWidth) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 pos = window->DC.CursorPos;
    if (wrapWidth <= 0.0f) wrapWidth = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = measureText(font, text, wrapWidth);
    drawText(window->DrawList, font, pos, color, text, wrapWidth);
    ImGui::ItemSize(size);
}

std::string withEllipsis(ImFont* font, std::string_view line, float width) {
    const std::string ellipsis = "…";
    std::string cut(line);
    if (measureText(font, cut).x <= width) return cut;
    while (!cut.empty()) {
        // Drop the last character: its continuation bytes (10xxxxxx), then its lead byte.
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0U) == 0x80U) cut.pop_back();
        if (!cut.empty()) cut.pop_back();
        if (measureText(font, cut + ellipsis).x <= width) break;
    }
    return cut + ellipsis;
}

}  // namespace kiosk::widgets
