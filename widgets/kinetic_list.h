#pragma once
// A vertically scrolling list for touch: drag to scroll with momentum, large ▲▼ page buttons for
// those who do not swipe, a page count between them, and only the visible rows drawn
// (virtualised: 100k rows cost the same as 10). Once a finger has moved, the drag never clicks the
// row under it (Dear ImGui 1.86 has no drag-to-scroll: the active id is cleared when a drag
// starts). At rest it shows whole rows only: the box is a whole number of rows tall, a page is
// that many rows, and a drag or fling comes to rest on a row's edge — half a row at the top or
// the bottom reads as "cut off", not as "there is more".
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
    std::string pageOf;    // "第 {0}/{1} 页": {0} the page shown, {1} the pages
};

// Draws `rowCount` rows of `rowHeight` in a box of at most `size` at the cursor, with the page
// buttons in a column on the right (or, when `buttonsBelow`, in a row under the list: portrait
// screens are narrow). `drawRow(i, min, max)` draws row i (and may submit buttons).
// `columnReserve`: the height left free at the bottom of the buttons' column (a button of the
// screen's own stands there, under ▼, while the list takes the whole height).
void kineticList(const std::string& id, ImVec2 size, int rowCount, float rowHeight, KineticScroll& scroll,
                 const KineticListLabels& labels, ImFont* buttonFont, bool buttonsBelow,
                 const std::function<void(int row, ImVec2 min, ImVec2 max)>& drawRow, float columnReserve = 0);

// The parts of a paged box at `origin` of at most `size`: the room for its content and where
// the page controls go (a column on the right, or a row under it when `buttonsBelow`).
struct PagedBox {
    ImVec2 origin;
    ImVec2 size;
    ImVec2 room;  // the content's width and the most height it may take
    bool buttonsBelow = false;
    float sideWidth = 0;
    float belowHeight = 0;
};
PagedBox pagedBox(ImVec2 origin, ImVec2 size, ImFont* buttonFont, bool buttonsBelow);

// "第 2/5 页" beside (or under) content `areaHeight` tall when there is more than one page, with
// ▲ 上一页 and ▼ 下一页 where the caller lets them go; returns -1 when ▲ was tapped, 1 for ▼,
// else 0.
struct PagePosition {
    int page = 1;  // the page shown (1-based) of `pages`
    int pages = 1;
    bool canGoUp = false;
    bool canGoDown = false;
};
int pageControls(const std::string& id, const PagedBox& box, float areaHeight, PagePosition at,
                 const KineticListLabels& labels, ImFont* font);
// The least height pageControls needs beside a box's content (▲, the count and ▼ stacked; 0
// when they go below it: `room` already leaves them their row).
float pageControlsLeastHeight(const PagedBox& box, ImFont* font);

// The page controls in a column of their own `width` at `min` (under a QR code beside the
// pages): the count on its line, ▲ and ▼ side by side under it, so the pages keep their whole
// height. The caller leaves them the two figures after it.
int pageControlsInColumn(const std::string& id, ImVec2 min, float width, PagePosition at,
                         const KineticListLabels& labels, ImFont* font);
float pageControlsInColumnHeight(ImFont* font);
float pageControlsInColumnLeastWidth(const KineticListLabels& labels, ImFont* font);  // labels whole

// Pixels a finger must move before a press becomes a drag.
constexpr float kDragThreshold = 12.0f;

}  // namespace kiosk::widgets
