#pragma once
// A whole list row as one touch target: clicks on release, so a drag that starts on it (and
// clears the active id) never opens it. Draws only the pressed shade; the row draws its content.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

bool rowButton(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max);

}  // namespace kiosk::widgets
