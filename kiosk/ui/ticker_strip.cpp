#include "ui/ticker_strip.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/ticker.h"
#include "core/utf8.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::ui {
namespace {

// Two and a half characters a second: an older reader follows it without chasing it.
constexpr float kCharactersPerSecond = 2.5f;

// The rows the text's glyphs cover, from the line's top: the band the text runs in need be no
// taller, and every row of it is copied 30 times a second.
std::pair<float, float> inkRows(ImFont* font, const std::string& text) {
    float top = font->FontSize;
    float bottom = 0.0f;
    for (const char32_t c : core::decodeUtf8(text)) {
        if (const ImFontGlyph* g = font->FindGlyph(static_cast<ImWchar>(c)); g && g->Visible) {
            top = std::min(top, g->Y0);
            bottom = std::max(bottom, g->Y1);
        }
    }
    if (bottom <= top) return {0.0f, font->FontSize};
    return {std::floor(top) - 1.0f, std::ceil(bottom) + 1.0f};
}

// The running text, copy after copy every `period` px from `x` until `right`.
void drawCopies(ImDrawList& dl, ImFont* font, float x, float y, float right, float period, ImU32 ink,
                const std::string& text) {
    for (; x < right; x += period) widgets::drawText(&dl, font, ImVec2(x, y), ink, text);
}

}  // namespace

float tickerStripHeight(const ScreenContext& ctx) {
    return std::round(ctx.fonts.title->FontSize * 1.6f);
}

void drawTickerStrip(ScreenContext& ctx, ImVec2 min, ImVec2 max) {
    const std::string& text = ctx.view.tickerText;
    if (text.empty()) return;
    ImFont* font = ctx.fonts.title;
    const ImU32 paper = widgets::toImColor(widgets::theme().attractAccent);
    const ImU32 ink = widgets::toImColor(widgets::theme().attractBackground);
    // Whole pixels: the copies meet without a seam and the canvas is shown at its own size.
    const float period = std::ceil(widgets::measureText(font, text).x);
    const float speed = font->FontSize * kCharactersPerSecond;
    const float offset = -core::tickerFirstCopyX(ctx.view.tickerSeconds, speed, period);  // [0, period)
    // The band the text runs in; the strip's paper above and below it stands still.
    const auto [inkTop, inkBottom] = inkRows(font, text);
    const float bandH = inkBottom - inkTop;
    const ImVec2 bandMin(min.x, std::round(min.y + (max.y - min.y - bandH) * 0.5f));
    const ImVec2 bandMax(max.x, bandMin.y + bandH);
    ImDrawList* screen = ImGui::GetWindowDrawList();
    screen->AddRectFilled(min, ImVec2(max.x, bandMin.y), paper);
    screen->AddRectFilled(ImVec2(min.x, bandMax.y), max, paper);

    ImGui::SetNextWindowPos(bandMin);
    ImGui::SetNextWindowSize(ImVec2(bandMax.x - bandMin.x, bandH));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    // No inputs: a touch on the strip reaches the screen under it (轻触屏幕开始 anywhere).
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::Begin("##ticker", nullptr, kFlags);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float textY = -inkTop;  // the line's top, above the band
    const float width = bandMax.x - bandMin.x;
    // The text painted once, a strip's width longer than one period, so that any window of it
    // is one piece: a frame then shows [offset, offset + width) of it, copied, not drawn.
    const std::string key = text + '|' + std::to_string(reinterpret_cast<std::uintptr_t>(font)) + '|' +
                            std::to_string(font->FontSize) + '|' + std::to_string(paper) + '|' + std::to_string(ink);
    const int canvasW = static_cast<int>(period + width);
    const int canvasH = static_cast<int>(bandH);
    const auto canvas = ctx.canvases.canvas("ticker", key, canvasW, canvasH, [&](ImDrawList& c) {
        c.AddRectFilled(ImVec2(0, 0), ImVec2(static_cast<float>(canvasW), bandH), paper);
        drawCopies(c, font, 0.0f, textY, static_cast<float>(canvasW), period, ink, text);
    });
    if (canvas) {
        const float w = static_cast<float>(canvas->width);
        dl->AddImage(canvas->id, bandMin, bandMax, ImVec2(offset / w, 0), ImVec2((offset + width) / w, 1));
        // What the canvas shows, for the UI driver's `expect text` (not drawn).
        widgets::currentRegistry().addText(text, font);
    } else {
        dl->AddRectFilled(bandMin, bandMax, paper);
        drawCopies(*dl, font, bandMin.x - offset, bandMin.y + textY, bandMax.x, period, ink, text);
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

}  // namespace kiosk::ui
