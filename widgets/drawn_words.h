#pragma once
// What this frame has drawn so far, read back from ImGui's draw lists: for an overlay (the coach
// tag of 演示模式) that must find a place where it covers none of the screen's words.
#include <imgui.h>

#include <vector>

namespace kiosk::widgets {

// The words (and pictures) the windows have drawn so far this frame, gathered in one pass over
// their draw lists: a vertex with a texture coordinate other than the atlas's plain-colour pixel
// and its baked lines. Shapes — frames, fills, the icons — use those; glyphs and pictures do not.
// An overlay trying many places asks this one snapshot rather than walk every vertex per place.
class DrawnWords {
public:
    DrawnWords();
    // Whether any of those words lies inside the box.
    bool anyIn(ImVec2 min, ImVec2 max) const;

private:
    std::vector<ImVec2> points_;
};

// DrawnWords().anyIn(min, max): for a single question (the tests').
bool wordsDrawnIn(ImVec2 min, ImVec2 max);

}  // namespace kiosk::widgets
