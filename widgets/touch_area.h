#pragma once
// An invisible touch target over a rectangle ("touch anywhere to start"). It reacts on the press,
// not the release: waking a screen should feel immediate.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

bool touchArea(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max);

}  // namespace kiosk::widgets
