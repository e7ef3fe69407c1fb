#pragma once
// What this frame has drawn so far, read back from ImGui's draw lists: for an overlay (the coach
// tag of 演示模式) that must find a place where it covers none of the screen's words.
#include <imgui.h>

namespace kiosk::widgets {

// Whether any window drew words (or a picture) inside the box this frame: a vertex there with a
// texture coordinate other than the atlas's plain-colour pixel and its baked lines. Shapes —
// frames, fills, the icons — use those; glyphs and pictures do not.
bool wordsDrawnIn(ImVec2 min, ImVec2 max);

}  // namespace kiosk::widgets
