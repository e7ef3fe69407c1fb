#pragma once
// A vertically scrolling list for touch: drag to scroll with momentum, large ▲▼ page buttons for
// those who do not swipe, and only the visible rows drawn (virtualised: 100k rows cost the same
// as 10). Once a finger has moved, the drag never clicks the row under it (Dear ImGui 1.86 has no
// drag-to-scroll: the active id is cleared when a drag starts).
#include <imgui.h>

#include <functional>
#include <string>

namespace kiosk::widgets {

struct KineticScroll {
    float offset = 0;       // px scrolled from the top
    float velocity = 0;     // px/s after a fling
    bool pressed = false;   // a finger is down inside the list
    bool dragging = false;  // it moved far enough to be a drag
    float pressY = 0;
    float pressOffset = 0;
    float lastY = 0;

    bool animating() const { return dragging || velocity != 0.0f; }
    void reset() { *this = KineticScroll{}; }
};

struct KineticListLabels {
    std::string pageUp;    // "▲ 上一页"
    std::string pageDown;  // "▼ 下一页"
};

// Draws `rowCount` rows of `rowHeight` in a box of `size` at the cursor, with the page buttons in
// a column on the right (or, when `buttonsBelow`, in a row under the list: portrait screens are
// narrow). `drawRow(i, min, max)` draws row i (and may submit buttons).
void kineticList(const std::string& id, ImVec2 size, int rowCount, float rowHeight, KineticScroll& scroll,
                 const KineticListLabels& labels, ImFont* buttonFont, bool buttonsBelow,
                 const std::function<void(int row, ImVec2 min, ImVec2 max)>& drawRow);

// Pixels a finger must move before a press becomes a drag.
constexpr float kDragThreshold = 12.0f;

}  // namespace kiosk::widgets
