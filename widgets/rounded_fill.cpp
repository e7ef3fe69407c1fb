#include "widgets/rounded_fill.h"

#include <algorithm>

namespace kiosk::widgets {

void fillRoundedRect(ImDrawList& drawList, ImVec2 min, ImVec2 max, ImU32 color, float rounding) {
    // ImGui's own limit for a rounded rectangle's corners (ImDrawList::PathRect).
    const float r = std::min({rounding, (max.x - min.x) * 0.5f - 1.0f, (max.y - min.y) * 0.5f - 1.0f});
    if (r < 1.0f) {
        drawList.AddRectFilled(min, max, color, std::max(rounding, 0.0f));
        return;
    }
    // Each corner a square one pixel larger than its arc, so ImGui keeps the arc's radius (it
    // takes a pixel off a rounding as large as the square); the rectangles drawn after cover the
    // extra pixel and the square's straight edges.
    const float side = r + 1.0f;
    drawList.AddRectFilled(min, ImVec2(min.x + side, min.y + side), color, r, ImDrawFlags_RoundCornersTopLeft);
    drawList.AddRectFilled(ImVec2(max.x - side, min.y), ImVec2(max.x, min.y + side), color, r,
                           ImDrawFlags_RoundCornersTopRight);
    drawList.AddRectFilled(ImVec2(min.x, max.y - side), ImVec2(min.x + side, max.y), color, r,
                           ImDrawFlags_RoundCornersBottomLeft);
    drawList.AddRectFilled(ImVec2(max.x - side, max.y - side), max, color, r, ImDrawFlags_RoundCornersBottomRight);
    drawList.AddRectFilled(ImVec2(min.x + r, min.y), ImVec2(max.x - r, max.y), color);      // the middle
    drawList.AddRectFilled(ImVec2(min.x, min.y + r), ImVec2(min.x + r, max.y - r), color);  // the left side
    drawList.AddRectFilled(ImVec2(max.x - r, min.y + r), ImVec2(max.x, max.y - r), color);  // the right side
}

}  // namespace kiosk::widgets
