#include "widgets/chip.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {

float chipWidth(ImFont* font, std::string_view label) {
    return std::max(kMinTouchTarget * 1.2f, measureText(font, label).x + font->FontSize);
}

float chipHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.7f));
}

int chipRow(const std::vector<ChipItem>& items, int selected, float maxWidth, ImFont* font,
            std::string_view selectedMark) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const float height = chipHeight(font);
    float x = origin.x;
    float y = origin.y;
    int tapped = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const bool isSelected = static_cast<int>(i) == selected;
        const std::string label = isSelected ? std::string(selectedMark) + items[i].label : items[i].label;
        const float width = chipWidth(font, label);
        if (x > origin.x && x + width > origin.x + maxWidth) {
            x = origin.x;
            y += height + kTouchSpacing;
        }
        const ImRect bb(ImVec2(x, y), ImVec2(x + width, y + height));
        const ImGuiID gid = window->GetID(items[i].id.c_str());
        ImGui::ItemSize(ImVec2(0, 0));  // layout is ours; the group/cursor is set below
        if (ImGui::ItemAdd(bb, gid)) {
            currentRegistry().addWidget(items[i].id, label, bb.Min, bb.Max);
            bool hovered = false;
            bool held = false;
            if (ImGui::ButtonBehavior(bb, gid, &hovered, &held)) tapped = static_cast<int>(i);
            const std::uint32_t fill =
                isSelected ? theme().primary : (held ? theme().secondaryPressed : theme().surface);
            const std::uint32_t ink = isSelected ? theme().onPrimary : theme().text;
            window->DrawList->AddRectFilled(bb.Min, bb.Max, toImColor(fill), height * 0.5f);
            window->DrawList->AddRect(bb.Min, bb.Max, toImColor(isSelected ? theme().primaryPressed : theme().border),
                                      height * 0.5f, 0, isSelected ? 4.0f : 2.0f);
            drawTextCentered(window->DrawList, font, bb.Min, bb.Max, toImColor(ink), label);
        }
        x += width + kTouchSpacing;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y + height));
    ImGui::Dummy(ImVec2(maxWidth, 0));
    return tapped;
}

}  // namespace kiosk::widgets
