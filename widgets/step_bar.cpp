#include "widgets/step_bar.h"

#include <algorithm>

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::widgets {
namespace {
constexpr float kSegmentHeight = 14.0f;
constexpr float kSegmentGap = 8.0f;
}  // namespace

float stepBarHeight(ImFont* font) {
    return font->FontSize * 1.25f + kSegmentHeight;
}

void stepBar(ImFont* font, std::string_view label, int step, int count, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, font, at, toImColor(theme().text), label);
    const float y = at.y + font->FontSize * 1.25f;
    const float segment =
        (width - kSegmentGap * static_cast<float>(count - 1)) / static_cast<float>(std::max(1, count));
    for (int i = 0; i < count; ++i) {
        const ImVec2 min(at.x + static_cast<float>(i) * (segment + kSegmentGap), y);
        const ImVec2 max(min.x + segment, y + kSegmentHeight);
        if (i < step) {
            dl->AddRectFilled(min, max, toImColor(theme().primary), kSegmentHeight * 0.5f);
        } else {
            dl->AddRect(min, max, toImColor(theme().border), kSegmentHeight * 0.5f, 0, 2.0f);
        }
    }
    ImGui::Dummy(ImVec2(width, stepBarHeight(font)));
}

}  // namespace kiosk::widgets
