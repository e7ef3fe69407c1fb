#pragma once
// Text drawing for the kiosk. Every string goes through here so it is recorded for the glyph
// audit and the UI driver's `expect text`.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::widgets {

ImVec2 measureText(ImFont* font, std::string_view text, float wrapWidth = 0.0f);

// The lines `text` is drawn in at `wrapWidth` (0: only its own line breaks). Chinese text breaks
// between any two characters, except that no line starts with closing punctuation (，。）” …)
// and none ends with opening punctuation (（“ …) — 禁则.
std::vector<std::string> wrappedLines(ImFont* font, std::string_view text, float wrapWidth);

// `line` as it fits in `width`: whole, or cut at a character boundary with "…" after it.
std::string withEllipsis(ImFont* font, std::string_view line, float width);

// Draws at an absolute position (no layout).
void drawText(ImDrawList* drawList, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text,
              float wrapWidth = 0.0f);

// Draws centred in the rectangle [min, max] (wrapping to its width).
void drawTextCentered(ImDrawList* drawList, ImFont* font, ImVec2 min, ImVec2 max, ImU32 color, std::string_view text);

// A block of text at the layout cursor, wrapped to `wrapWidth` (0: the rest of the line); it
// reserves its space like an ImGui item.
void textBlock(ImFont* font, ImU32 color, std::string_view text, float wrapWidth = 0.0f);

}  // namespace kiosk::widgets
