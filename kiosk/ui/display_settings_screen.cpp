#include "ui/display_settings_screen.h"

#include <algorithm>
#include <array>
#include <utility>

#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// One labelled row of choices; returns the index tapped or -1. In landscape the heading stands
// left of its chips (a column `headingWidth` wide) so all three rows fit at 特大; in portrait
// (headingWidth 0) it stands above them.
template <typename Choice, std::size_t N>
int choiceRow(ScreenContext& ctx, std::string_view headingKey,
              const std::array<std::pair<Choice, const char*>, N>& choices, Choice current, float headingWidth) {
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImVec2 rowStart = ImGui::GetCursorScreenPos();
    const ImU32 ink = widgets::toImColor(widgets::theme().text);
    if (headingWidth > 0) {
        const float chipH = widgets::chipHeight(ctx.fonts.body);
        widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body,
                          ImVec2(rowStart.x, rowStart.y + (chipH - ctx.fonts.body->FontSize) * 0.5f), ink,
                          s.get(headingKey));
        ImGui::SetCursorScreenPos(ImVec2(rowStart.x + headingWidth, rowStart.y));
    } else {
        widgets::textBlock(ctx.fonts.body, ink, s.get(headingKey), width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.4f));
    }
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < N; ++i) {
        items.push_back({choices[i].second, s.get(choices[i].second)});
        if (choices[i].first == current) selected = static_cast<int>(i);
    }
    ImGui::BeginGroup();
    const int tapped =
        widgets::chipRow(items, selected, width - headingWidth, ctx.fonts.body, s.get("chip.selected_mark"));
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(rowStart.x, ImGui::GetItemRectMax().y + l.gap));
    return tapped;
}

constexpr std::array kSizes{
    std::pair{core::TextSize::Standard, "display.text_size.standard"},
    std::pair{core::TextSize::Large, "display.text_size.large"},
    std::pair{core::TextSize::ExtraLarge, "display.text_size.extra_large"},
};
constexpr std::array kSchemes{
    std::pair{core::ColorScheme::Standard, "display.colors.standard"},
    std::pair{core::ColorScheme::HighContrast, "display.colors.high_contrast"},
};
constexpr std::array kVolumes{
    std::pair{core::SpeechVolume::Low, "display.volume.low"},
    std::pair{core::SpeechVolume::Medium, "display.volume.medium"},
    std::pair{core::SpeechVolume::High, "display.volume.high"},
};

}  // namespace

void DisplaySettingsScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const std::string& done = s.get("display.done");
    const ImVec2 doneSize(
        std::min(width, widgets::measureText(ctx.fonts.title, done).x + ctx.fonts.title->FontSize * 2),
        l.buttonHeight * 1.2f);
    // 好了，返回 at the bottom right, where the main action stands on the case steps; in landscape
    // at 特大, where the three rows and the bottom row do not all fit 1080 px, at the right of the
    // title row.
    const ImVec2 titleAt = ImGui::GetCursorScreenPos();
    const float rowsH = 3.0f * (widgets::chipHeight(ctx.fonts.body) + l.gap);
    const float titleH = widgets::measureText(ctx.fonts.title, s.get("display.title"), width).y + l.gap;
    const bool doneAtBottom = l.portrait || titleAt.y + titleH + rowsH + doneSize.y <= l.contentMax.y;
    const float titleWidth = doneAtBottom ? width : width - doneSize.x - l.gap;
    widgets::textBlock(ctx.fonts.title, widgets::toImColor(widgets::theme().text), s.get("display.title"), titleWidth);
    if (!doneAtBottom) {
        ImGui::SetCursorScreenPos(ImVec2(titleAt.x, std::max(ImGui::GetCursorScreenPos().y, titleAt.y + doneSize.y)));
    }
    ImGui::Dummy(ImVec2(0, l.gap));

    float headingWidth = 0;
    if (!l.portrait) {
        for (const char* key : {"display.heading.text_size", "display.heading.colors", "display.heading.volume"}) {
            headingWidth = std::max(headingWidth, widgets::measureText(ctx.fonts.body, s.get(key)).x);
        }
        headingWidth += l.gap * 2;
    }
    if (const int i = choiceRow(ctx, "display.heading.text_size", kSizes, ctx.view.textSize, headingWidth); i >= 0) {
        ctx.actions.add(SetTextSize{kSizes[static_cast<std::size_t>(i)].first});
    }
    if (const int i = choiceRow(ctx, "display.heading.colors", kSchemes, ctx.view.colorScheme, headingWidth); i >= 0) {
        ctx.actions.add(SetColorScheme{kSchemes[static_cast<std::size_t>(i)].first});
    }
    if (const int i = choiceRow(ctx, "display.heading.volume", kVolumes, ctx.view.speechVolume, headingWidth); i >= 0) {
        ctx.actions.add(SetSpeechVolume{kVolumes[static_cast<std::size_t>(i)].first});
    }

    // That the settings reset for the next person: left of 好了，返回 where it fits there
    // (landscape), else under the choices.
    const std::string& resets = s.get("display.resets");
    const ImU32 muted = widgets::toImColor(widgets::theme().textMuted);
    const float doneY = doneAtBottom ? l.contentMax.y - doneSize.y : titleAt.y;
    const float besideW = width - doneSize.x - l.gap * 2;
    const float noteH = widgets::measureText(ctx.fonts.body, resets, besideW).y;
    if (doneAtBottom && !l.portrait && noteH <= doneSize.y) {
        ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, doneY + (doneSize.y - noteH) * 0.5f));
        widgets::textBlock(ctx.fonts.body, muted, resets, besideW);
    } else {
        // Under the choices; at the standard size where the larger does not fit (特大 in landscape).
        const float room = (doneAtBottom ? doneY - l.gap : l.contentMax.y) - ImGui::GetCursorScreenPos().y;
        ImFont* font = widgets::measureText(ctx.fonts.body, resets, width).y <= room ? ctx.fonts.body : ctx.fonts.bar;
        widgets::textBlock(font, muted, resets, width);
    }
    // Drawn last, so 朗读 reads it after the choices.
    ImGui::SetCursorScreenPos(ImVec2(l.contentMax.x - doneSize.x, doneY));
    if (widgets::bigButton("display.done", done, doneSize, widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(GoBack{});
    }
}

}  // namespace kiosk::ui
