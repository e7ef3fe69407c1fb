#pragma once
// The kiosk's colours as plain 0xRRGGBB values, so unit tests can measure contrast without ImGui.
// DESIGN: text contrast at least 7:1 (WCAG AAA) everywhere; colour never carries meaning alone.
#include <cstdint>
#include <utility>

namespace kiosk::widgets::palette {

constexpr std::uint32_t kBackground = 0xF7F3EA;  // warm paper: less glare than pure white
constexpr std::uint32_t kSurface = 0xFFFFFF;     // cards and secondary buttons
constexpr std::uint32_t kText = 0x1B1B1B;
constexpr std::uint32_t kTextMuted = 0x3F3F3F;  // still ~10:1 on the background
constexpr std::uint32_t kBorder = 0x5A5A5A;
constexpr std::uint32_t kPrimary = 0x9E1B1B;  // the platform's red; white text on it ~8:1
constexpr std::uint32_t kPrimaryPressed = 0x6E1010;
constexpr std::uint32_t kOnPrimary = 0xFFFFFF;
constexpr std::uint32_t kSecondaryPressed = 0xE4DED2;
constexpr std::uint32_t kTopBar = 0x7A1414;
constexpr std::uint32_t kOnTopBar = 0xFFFFFF;
constexpr std::uint32_t kTopBarButton = 0x5C0E0E;
constexpr std::uint32_t kTopBarButtonPressed = 0x3A0808;
constexpr std::uint32_t kAttractBackground = 0x10233F;  // dark navy: the loop runs all day, dark is kinder
constexpr std::uint32_t kOnAttract = 0xFFFFFF;
constexpr std::uint32_t kAttractAccent = 0xFFD479;  // gold headings on navy
constexpr std::uint32_t kWarning = 0xFFF4D6;        // "还在吗？" background
constexpr std::uint32_t kOnWarning = 0x1B1B1B;

// Every (text, background) pair the UI uses; the contrast test walks this list.
constexpr std::pair<std::uint32_t, std::uint32_t> kTextPairs[] = {
    {kText, kBackground},
    {kTextMuted, kBackground},
    {kText, kSurface},
    {kText, kSecondaryPressed},
    {kOnPrimary, kPrimary},
    {kOnPrimary, kPrimaryPressed},
    {kOnTopBar, kTopBar},
    {kOnTopBar, kTopBarButton},
    {kOnTopBar, kTopBarButtonPressed},
    {kOnAttract, kAttractBackground},
    {kAttractAccent, kAttractBackground},
    {kOnWarning, kWarning},
    {kOnPrimary, kPrimary},
    {kPrimary, kBackground},  // 查看 › on list rows
    {kTextMuted, kSurface},   // a text field's placeholder and counter
    {kPrimary, kSurface},     // pinyin being composed in a text field
};

}  // namespace kiosk::widgets::palette
