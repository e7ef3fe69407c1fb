#pragma once
// The kiosk's colours as plain 0xRRGGBB values, so unit tests can measure contrast without ImGui.
// DESIGN: text contrast at least 7:1 (WCAG AAA) everywhere; colour never carries meaning alone.
// Two themes: the standard warm one and 黑底白字 (high contrast) that a resident can switch to for
// their session. Widgets read the current one with theme(), the way they read ImGui::GetStyle().
#include <cstdint>
#include <utility>

namespace kiosk::widgets {

struct ColorTheme {
    std::uint32_t background;  // the screen (the GL clear colour)
    std::uint32_t surface;     // cards, secondary buttons, text fields
    std::uint32_t text;
    std::uint32_t textMuted;  // hints and counters: still >= 7:1
    std::uint32_t border;
    std::uint32_t primary;  // filled main buttons, selected chips, icons, "查看 ›"
    std::uint32_t primaryPressed;
    std::uint32_t onPrimary;
    std::uint32_t secondaryPressed;
    std::uint32_t topBar;
    std::uint32_t onTopBar;
    std::uint32_t topBarButton;
    std::uint32_t topBarButtonPressed;
    std::uint32_t topBarRule;  // the line under the top bar (needed when bar and page are both black)
    std::uint32_t attractBackground;
    std::uint32_t onAttract;
    std::uint32_t attractAccent;  // headings and the "轻触屏幕开始" band
    std::uint32_t warning;        // "还在吗？"
    std::uint32_t onWarning;
};

inline constexpr ColorTheme kStandardTheme{
    .background = 0xF7F3EA,  // warm paper: less glare than pure white
    .surface = 0xFFFFFF,
    .text = 0x1B1B1B,
    .textMuted = 0x3F3F3F,  // ~10:1 on the background
    .border = 0x5A5A5A,
    .primary = 0x9E1B1B,  // the platform's red; white text on it ~8:1
    .primaryPressed = 0x6E1010,
    .onPrimary = 0xFFFFFF,
    .secondaryPressed = 0xE4DED2,
    .topBar = 0x7A1414,
    .onTopBar = 0xFFFFFF,
    .topBarButton = 0x5C0E0E,
    .topBarButtonPressed = 0x3A0808,
    .topBarRule = 0x7A1414,         // the red bar needs no rule
    .attractBackground = 0x10233F,  // dark navy: the loop runs all day, dark is kinder
    .onAttract = 0xFFFFFF,
    .attractAccent = 0xFFD479,  // gold headings on navy
    .warning = 0xFFF4D6,
    .onWarning = 0x1B1B1B,
};

// 黑底白字: white and yellow on black, the scheme low-vision readers ask for. Every pair is far
// above 7:1 (white on black is 21:1); yellow marks what can be pressed.
inline constexpr ColorTheme kHighContrastTheme{
    .background = 0x000000,
    .surface = 0x141414,
    .text = 0xFFFFFF,
    .textMuted = 0xE6E6E6,
    .border = 0xFFFFFF,
    .primary = 0xFFE14D,
    .primaryPressed = 0xC9AE1E,
    .onPrimary = 0x000000,
    .secondaryPressed = 0x3A3A3A,
    .topBar = 0x000000,
    .onTopBar = 0xFFFFFF,
    .topBarButton = 0x141414,
    .topBarButtonPressed = 0x3A3A3A,
    .topBarRule = 0xFFFFFF,
    .attractBackground = 0x000000,
    .onAttract = 0xFFFFFF,
    .attractAccent = 0xFFE14D,
    .warning = 0x000000,
    .onWarning = 0xFFFFFF,
};

// Every (text, background) pair the UI draws; the contrast test walks it for every theme.
using ThemeColor = std::uint32_t ColorTheme::*;
inline constexpr std::pair<ThemeColor, ThemeColor> kTextPairs[] = {
    {&ColorTheme::text, &ColorTheme::background},
    {&ColorTheme::textMuted, &ColorTheme::background},
    {&ColorTheme::text, &ColorTheme::surface},
    {&ColorTheme::text, &ColorTheme::secondaryPressed},
    {&ColorTheme::onPrimary, &ColorTheme::primary},
    {&ColorTheme::onPrimary, &ColorTheme::primaryPressed},
    {&ColorTheme::onTopBar, &ColorTheme::topBar},
    {&ColorTheme::onTopBar, &ColorTheme::topBarButton},
    {&ColorTheme::onTopBar, &ColorTheme::topBarButtonPressed},
    {&ColorTheme::onAttract, &ColorTheme::attractBackground},
    {&ColorTheme::attractAccent, &ColorTheme::attractBackground},
    {&ColorTheme::onWarning, &ColorTheme::warning},
    {&ColorTheme::primary, &ColorTheme::background},  // 查看 › on list rows
    {&ColorTheme::textMuted, &ColorTheme::surface},   // a text field's placeholder and counter
    {&ColorTheme::primary, &ColorTheme::surface},     // pinyin being composed in a text field
};

// Outlines a resident must see to find a button (WCAG 1.4.11 asks 3:1 for such edges).
inline constexpr std::pair<ThemeColor, ThemeColor> kEdgePairs[] = {
    {&ColorTheme::border, &ColorTheme::background},
    {&ColorTheme::border, &ColorTheme::surface},
    {&ColorTheme::primary, &ColorTheme::background},  // the 继续使用 button on a page
    {&ColorTheme::onTopBar, &ColorTheme::topBar},     // top bar buttons are outlined in the bar's text colour
};

// The theme widgets draw with. Only the UI thread calls these (as with ImGui's own style).
const ColorTheme& theme();
void useTheme(const ColorTheme& theme);

}  // namespace kiosk::widgets
