#include "ui/ticker_strip.h"

#include <cmath>

#include "core/ticker.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// Two and a half characters a second: an older reader follows it without chasing it.
constexpr float kCharactersPerSecond = 2.5f;

}  // namespace

float tickerStripHeight(const ScreenContext& ctx) {
    return std::round(ctx.fonts.title->FontSize * 1.6f);
}

void drawTickerStrip(ScreenContext& ctx, ImVec2 min, ImVec2 max) {
    const std::string& text = ctx.view.tickerText;
    if (text.empty()) return;
    ImGui::SetNextWindowPos(min);
    ImGui::SetNextWindowSize(ImVec2(max.x - min.x, max.y - min.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    // No inputs: a touch on the strip reaches the screen under it (轻触屏幕开始 anywhere).
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::Begin("##ticker", nullptr, kFlags);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, widgets::toImColor(widgets::theme().attractAccent));
    ImFont* font = ctx.fonts.title;
    const float period = widgets::measureText(font, text).x;
    const float speed = font->FontSize * kCharactersPerSecond;
    const float y = std::round(min.y + (max.y - min.y - font->FontSize) * 0.5f);
    const ImU32 ink = widgets::toImColor(widgets::theme().attractBackground);
    for (float x = min.x + core::tickerFirstCopyX(ctx.view.tickerSeconds, speed, period); period >= 1.0f && x < max.x;
         x += period) {
        widgets::drawText(dl, font, ImVec2(x, y), ink, text);
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

}  // namespace kiosk::ui
