#include "widgets/text_field.h"
#include "widgets/rounded_fill.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/utf8.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

std::string toUtf8(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) core::appendUtf8(out, c);
    return out;
}

struct Line {
    std::size_t begin = 0;  // characters [begin, end) of the text
    std::size_t end = 0;
};

// Chinese wraps between any two characters; the caret and the composition need room on its line.
std::vector<Line> wrapLines(ImFont* font, const std::u32string& text, float width) {
    std::vector<Line> lines{{0, 0}};
    float x = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string one;
        core::appendUtf8(one, text[i]);
        const float w = measureText(font, one).x;
        if (x + w > width && lines.back().end > lines.back().begin) {
            lines.push_back({i, i});
            x = 0;
        }
        x += w;
        lines.back().end = i + 1;
    }
    return lines;
}

}  // namespace

float textFieldHeight(ImFont* font, int lines) {
    const float pad = std::round(font->FontSize * 0.25f);
    return std::ceil(2 * pad + static_cast<float>(lines) * font->FontSize * 1.25f);
}

bool textField(const std::string& id, const std::string& label, const TextFieldContent& content, ImVec2 size,
               ImFont* font, ImFont* counterFont) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const ImRect bb(origin, ImVec2(origin.x + size.x, origin.y + size.y));
    ImGui::ItemSize(size);
    const ImGuiID gid = window->GetID(id.c_str());
    if (!addTouchTarget(id, label, bb.Min, bb.Max, gid)) return false;
    bool hovered = false;
    bool held = false;
    const bool tapped = ImGui::ButtonBehavior(bb, gid, &hovered, &held);

    ImDrawList* drawList = window->DrawList;
    const float pad = std::round(font->FontSize * 0.25f);
    fillRoundedRect(*drawList, bb.Min, bb.Max, toImColor(theme().surface), 12.0f);
    drawList->AddRect(bb.Min, bb.Max, toImColor(theme().text), 12.0f, 0, 4.0f);

    // The counter sits in the bottom right corner, on its own line.
    const float lineH = font->FontSize * 1.25f;
    const ImVec2 counterSize = measureText(counterFont, content.counter);
    drawText(drawList, counterFont, ImVec2(bb.Max.x - pad - counterSize.x, bb.Max.y - pad - counterSize.y),
             toImColor(theme().textMuted), content.counter);

    const std::u32string empty;
    const std::u32string& text = content.text ? *content.text : empty;
    // The counter has a line of its own under the text where that leaves two lines or more; else
    // (特大) the text stops short of it on every line, and the field shows a line more so.
    int visibleLines = std::max(1, static_cast<int>((size.y - 2 * pad - counterSize.y) / lineH));
    const bool counterBeside = visibleLines < 2;
    if (counterBeside) visibleLines = std::max(1, static_cast<int>((size.y - 2 * pad) / lineH));
    const float textW = size.x - 2 * pad - (counterBeside ? counterSize.x + pad : 0.0f);
    const ImU32 ink = toImColor(theme().text);
    if (text.empty() && content.composing.empty()) {
        drawText(drawList, font, ImVec2(origin.x + pad + 8, origin.y + pad), toImColor(theme().textMuted),
                 content.placeholder, textW);
    }
    const std::vector<Line> lines = wrapLines(font, text, textW - measureText(font, content.composing).x - 8);
    std::size_t caretLine = lines.size() - 1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (content.caret >= lines[i].begin && content.caret <= lines[i].end) {
            caretLine = i;
            break;
        }
    }
    // Long text: show the lines up to the caret's, so what is being typed is always in view.
    const std::size_t firstLine = caretLine + 1 > static_cast<std::size_t>(visibleLines)
                                      ? caretLine + 1 - static_cast<std::size_t>(visibleLines)
                                      : 0;
    // A field of one line (特大) typing at the end of a wrapped text: the line reaches back over
    // the wrap as far as it has room, "…" standing for what is before it — not the last wrapped
    // line alone ("了" of 13 characters).
    std::u32string prefix;
    std::vector<Line> shown = lines;
    if (visibleLines == 1 && caretLine > 0 && caretLine + 1 == lines.size() && content.caret == text.size()) {
        const std::u32string ellipsis = U"…";
        const float room = textW - measureText(font, content.composing).x - 8;
        std::size_t begin = lines[caretLine].begin;
        while (begin > 0 &&
               measureText(font, toUtf8(ellipsis + text.substr(begin - 1, text.size() - begin + 1))).x <= room) {
            --begin;
        }
        shown[caretLine].begin = begin;
        if (begin > 0) prefix = ellipsis;
    }
    for (std::size_t i = firstLine; i < shown.size() && i < firstLine + static_cast<std::size_t>(visibleLines); ++i) {
        const float y = origin.y + pad + static_cast<float>(i - firstLine) * lineH;
        const std::u32string_view body(text.data() + shown[i].begin, shown[i].end - shown[i].begin);
        const std::u32string lineText = (i == caretLine ? prefix : std::u32string{}) + std::u32string(body);
        drawText(drawList, font, ImVec2(origin.x + pad, y), ink, toUtf8(lineText));
        if (i != caretLine) continue;
        const std::size_t caretAt = (i == caretLine ? prefix.size() : 0) + content.caret - shown[i].begin;
        const float caretX =
            origin.x + pad + measureText(font, toUtf8(std::u32string_view(lineText).substr(0, caretAt))).x;
        float x = caretX;
        if (!content.composing.empty()) {
            // The letters being spelled, underlined, where the hanzi will go.
            const ImVec2 size2 = measureText(font, content.composing);
            drawText(drawList, font, ImVec2(caretX + 4, y), toImColor(theme().primary), content.composing);
            drawList->AddLine(ImVec2(caretX + 4, y + lineH - 4), ImVec2(caretX + 4 + size2.x, y + lineH - 4),
                              toImColor(theme().primary), 3.0f);
            x = caretX + 8 + size2.x;
        }
        drawList->AddRectFilled(ImVec2(x, y + 4), ImVec2(x + 4, y + lineH - 4), toImColor(theme().primary));
    }
    return tapped;
}

}  // namespace kiosk::widgets
