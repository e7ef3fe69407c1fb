#pragma once
// Why something did not happen ("请先选社区", "没有查到"), in a box a resident cannot miss: a
// warning fill, a border and the words — never colour alone. Drawn at the layout cursor.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

void problemBox(ImFont* font, std::string_view text, float width, float gapAfter);
// The height problemBox takes (without its gap after), for screens that lay out around it.
float problemBoxHeight(ImFont* font, std::string_view text, float width);

}  // namespace kiosk::widgets
