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

// Targets the spacing rule leaves out: the whole-screen touch areas (wake, 还在吗？) and the parts
// of scrolling lists (their whole area, for swipes, and their rows, which touch as list rows do
// everywhere: a mis-tap opens a detail that 返回 closes).
bool isWholeScreenTouchArea(const widgets::WidgetRecord& w);
bool isListPart(const widgets::WidgetRecord& w);

// Two targets closer than widgets::kTouchSpacing (24 px) on the current frame, one line each
// ("crowded targets 'a' and 'b': 13 px apart"): a finger meant for one lands on the other.
std::vector<std::string> findCrowdedTargets(const widgets::WidgetRegistry& registry);

}  // namespace kiosk::testing
