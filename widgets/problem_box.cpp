#include "widgets/problem_box.h"

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"

namespace kiosk::widgets {

float problemBoxHeight(ImFont* font, std::string_view text, float width) {
    const float pad = font->FontSize * 0.4f;
    return measureText(font, text, width - pad * 2).y + pad * 2;
}

void problemBox(ImFont* font, std::string_view text, float width, float gapAfter) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = font->FontSize * 0.4f;
    const ImVec2 size = measureText(font, text, width - pad * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(at.x + width, at.y + size.y + pad * 2);
    fillRoundedRect(*dl, at, max, toImColor(theme().warning), 12.0f);
    dl->AddRect(at, max, toImColor(theme().border), 12.0f, 0, 3.0f);
    drawText(dl, font, ImVec2(at.x + pad, at.y + pad), toImColor(theme().onWarning), text, width - pad * 2);
    ImGui::Dummy(ImVec2(width, size.y + pad * 2 + gapAfter));
}

}  // namespace kiosk::widgets
