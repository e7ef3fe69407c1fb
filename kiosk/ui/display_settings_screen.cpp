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

// One labelled row of choices; returns the index tapped or -1.
template <typename Choice, std::size_t N>
int choiceRow(ScreenContext& ctx, std::string_view headingKey,
              const std::array<std::pair<Choice, const char*>, N>& choices, Choice current, float width) {
    const core::StringTable& s = ctx.strings;
    widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().text), s.get(headingKey), width);
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < N; ++i) {
        items.push_back({choices[i].second, s.get(choices[i].second)});
        if (choices[i].first == current) selected = static_cast<int>(i);
    }
    const int tapped = widgets::chipRow(items, selected, width, ctx.fonts.body, s.get("chip.selected_mark"));
    ImGui::Dummy(ImVec2(0, ctx.layout.gap));
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
    widgets::textBlock(ctx.fonts.title, widgets::toImColor(widgets::theme().text), s.get("display.title"), width);
    ImGui::Dummy(ImVec2(0, l.gap));

    if (const int i = choiceRow(ctx, "display.heading.text_size", kSizes, ctx.view.textSize, width); i >= 0) {
        ctx.actions.add(SetTextSize{kSizes[static_cast<std::size_t>(i)].first});
    }
    if (const int i = choiceRow(ctx, "display.heading.colors", kSchemes, ctx.view.colorScheme, width); i >= 0) {
        ctx.actions.add(SetColorScheme{kSchemes[static_cast<std::size_t>(i)].first});
    }
    if (const int i = choiceRow(ctx, "display.heading.volume", kVolumes, ctx.view.speechVolume, width); i >= 0) {
        ctx.actions.add(SetSpeechVolume{kVolumes[static_cast<std::size_t>(i)].first});
    }

    widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().textMuted), s.get("display.resets"), width);
    ImGui::Dummy(ImVec2(0, l.gap));
    const std::string& done = s.get("display.done");
    const float doneW =
        std::min(width, widgets::measureText(ctx.fonts.title, done).x + ctx.fonts.title->FontSize * 2.0f);
    if (widgets::bigButton("display.done", done, ImVec2(doneW, l.buttonHeight * 1.2f), widgets::ButtonKind::Primary,
                           ctx.fonts.title)) {
        ctx.actions.add(GoBack{});
    }
}

}  // namespace kiosk::ui
