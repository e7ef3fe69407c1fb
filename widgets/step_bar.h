#pragma once
// Where a resident is in a multi-step flow: "第 2 步，共 7 步" in words, and a row of segments
// (done ones filled) for those who read the shape faster than the words.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

// Draws at the cursor within `width` and advances the cursor; `step` is 1-based.
void stepBar(ImFont* font, std::string_view label, int step, int count, float width);
float stepBarHeight(ImFont* font);

}  // namespace kiosk::widgets
