#pragma once
#include <imgui.h>

#include <cstdint>

#include "widgets/color_theme.h"

namespace kiosk::widgets {

// 0xRRGGBB (the colour theme) to ImGui's packed ABGR colour.
constexpr ImU32 toImColor(std::uint32_t rgb, std::uint8_t alpha = 0xFF) {
    return (static_cast<ImU32>(alpha) << 24) | ((rgb & 0xFFu) << 16) | (rgb & 0xFF00u) | ((rgb >> 16) & 0xFFu);
}

// The current theme's text colours, the two every screen writes with.
inline ImU32 inkColor() {
    return toImColor(theme().text);
}
inline ImU32 mutedInkColor() {
    return toImColor(theme().textMuted);
}

}  // namespace kiosk::widgets
