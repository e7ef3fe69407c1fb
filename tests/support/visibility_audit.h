#pragma once
// What of the current frame is cut off, measured from what ImGui drew (its draw data and the
// clip rectangles of its draw commands), not from what the screens meant to draw. The rule
// (DESIGN's UI rules; issue 22): every text line and every touch target is wholly visible —
// inside its clip rectangle and inside the screen — or not drawn at all because a list scrolled
// it away. A glyph cut by a clip rectangle, a target reaching past one, a target ImGui culled,
// a window that scrolls and text drawn over other text (two strings placed on top of each
// other hide each other as surely as a clip does) are each a problem, named so a reader can
// find it on the screenshot.
#include <imgui.h>

#include <string>
#include <vector>

#include "widgets/widget_registry.h"

namespace kiosk::testing {

// One line per problem ("cut text '扫码' at y 1040..1102 (clip ends at 1080) in 'screen'"); empty
// when nothing is cut. Call after the frame's ImGui::Render().
std::vector<std::string> findCutOffContent(const widgets::WidgetRegistry& registry, ImVec2 display);

}  // namespace kiosk::testing
