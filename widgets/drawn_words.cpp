#include "widgets/drawn_words.h"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::widgets {

DrawnWords::DrawnWords() {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const ImVec2 white = atlas.TexUvWhitePixel;
    // The baked lines' corner of the atlas: the box round every width's texture coordinates.
    ImVec2 linesMin(1, 1);
    ImVec2 linesMax(0, 0);
    for (const ImVec4& uv : atlas.TexUvLines) {
        linesMin = ImVec2(std::min({linesMin.x, uv.x, uv.z}), std::min({linesMin.y, uv.y, uv.w}));
        linesMax = ImVec2(std::max({linesMax.x, uv.x, uv.z}), std::max({linesMax.y, uv.y, uv.w}));
    }
    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        if (!window->WasActive || window->Hidden) continue;
        for (const ImDrawVert& v : window->DrawList->VtxBuffer) {
            if (v.uv.x == white.x && v.uv.y == white.y) continue;
            if (v.uv.x >= linesMin.x && v.uv.x <= linesMax.x && v.uv.y >= linesMin.y && v.uv.y <= linesMax.y) continue;
            points_.push_back(v.pos);
        }
    }
}

bool DrawnWords::anyIn(ImVec2 min, ImVec2 max) const {
    return std::any_of(points_.begin(), points_.end(),
                       [&](ImVec2 p) { return p.x > min.x && p.x < max.x && p.y > min.y && p.y < max.y; });
}

bool wordsDrawnIn(ImVec2 min, ImVec2 max) {
    return DrawnWords().anyIn(min, max);
}

}  // namespace kiosk::widgets
