#pragma once
// Invisible touch targets over a rectangle, registered for the UI driver like every widget.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

// "Touch anywhere to start": reacts on the press, not the release; waking should feel immediate.
bool touchArea(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max);

// The shared behaviour: registers the rectangle, then ImGui's button logic with `flags`.
// `held` tells whether a finger is down on it now.
bool touchTarget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, int flags, bool* held);

}  // namespace kiosk::widgets
