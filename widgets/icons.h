#pragma once
// Simple line icons drawn with ImDrawList (no icon font in Debian's packages that fits): each
// sits above its word on a home tile. Icons help those who read slowly; the word is always there.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

enum class Icon {
    None,
    Disclosure,  // 公开查询: a document under a magnifying glass
    Keyboard,    // 练习打字: a keyboard with a pen beside it
    Report,      // 我要反映: a speech bubble with an exclamation mark
    Progress,    // 查询进度: three stations on a line, the last one ticked
    Scan,        // 扫码: a QR code's three finder squares inside a camera's corner marks
    Guide,       // 使用指南: an open book
};

// "report", "progress", "scan", "disclosure", "keyboard" (content names an icon so); else None.
Icon iconFromName(std::string_view name);

// Draws `icon` centred at `center`, `size` px tall, in `color`.
void drawIcon(ImDrawList* drawList, Icon icon, ImVec2 center, float size, ImU32 color);

}  // namespace kiosk::widgets

namespace kiosk::widgets {

// Where a tile's icon goes: above its word where the tile is tall enough, else beside it (left)
// where the tile is wide enough, else nowhere (the word alone). Under half a character's size an
// icon is no picture any more.
enum class IconPlace { Above, Beside, None };
struct IconTileLayout {
    IconPlace place = IconPlace::None;
    float iconSize = 0;
};
IconTileLayout iconTileLayout(ImVec2 size, std::string_view label, ImFont* font);

// A large home tile: the icon and the word (see iconTileLayout); clicks on release.
bool iconTile(std::string_view id, std::string_view label, Icon icon, ImVec2 size, ImFont* font);

}  // namespace kiosk::widgets
