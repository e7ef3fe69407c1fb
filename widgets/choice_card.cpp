#include "widgets/choice_card.h"

#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {
float padding(ImFont* nameFont) {
    return nameFont->FontSize * 0.5f;
}
}  // namespace

float choiceCardHeight(std::string_view hint, float width, ImFont* nameFont, ImFont* hintFont) {
    const float pad = padding(nameFont);
    return std::max(kMinTouchTarget,
                    pad * 2 + nameFont->FontSize * 1.2f + measureText(hintFont, hint, width - pad * 2).y);
}

bool choiceCard(std::string_view id, std::string_view name, std::string_view hint, ImVec2 size, bool selected,
                std::string_view selectedMark, ImFont* nameFont, ImFont* hintFont) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const ImGuiID gid = window->GetID(id.data(), id.data() + id.size());
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    const std::string title = selected ? std::string(selectedMark) + std::string(name) : std::string(name);
    if (!addTouchTarget(id, title, bb.Min, bb.Max, gid)) return false;
    bool hovered = false;
    bool held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);

    const std::uint32_t fill = selected ? theme().primary : (held ? theme().secondaryPressed : theme().surface);
    const std::uint32_t ink = selected ? theme().onPrimary : theme().text;
    const float rounding = std::min(size.y * 0.12f, 20.0f);
    fillRoundedRect(*window->DrawList, bb.Min, bb.Max, toImColor(fill), rounding);
    window->DrawList->AddRect(bb.Min, bb.Max, toImColor(selected ? theme().primaryPressed : theme().border), rounding,
                              0, selected ? 4.0f : 3.0f);
    const float pad = padding(nameFont);
    drawText(window->DrawList, nameFont, ImVec2(bb.Min.x + pad, bb.Min.y + pad), toImColor(ink), title);
    drawText(window->DrawList, hintFont, ImVec2(bb.Min.x + pad, bb.Min.y + pad + nameFont->FontSize * 1.2f),
             toImColor(ink), hint, size.x - pad * 2);
    return pressed;
}

}  // namespace kiosk::widgets
