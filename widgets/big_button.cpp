#include "widgets/big_button.h"

#include <imgui_internal.h>

#include <algorithm>

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

struct ButtonColors {
    std::uint32_t fill, pressed, text, border;
};

ButtonColors colorsFor(ButtonKind kind) {
    switch (kind) {
        case ButtonKind::Primary:
            return {theme().primary, theme().primaryPressed, theme().onPrimary, theme().primaryPressed};
        case ButtonKind::TopBar:
            return {theme().topBarButton, theme().topBarButtonPressed, theme().onTopBar, theme().onTopBar};
        case ButtonKind::Secondary:
        default: return {theme().surface, theme().secondaryPressed, theme().text, theme().border};
    }
}

}  // namespace

bool bigButton(std::string_view id, std::string_view label, ImVec2 size, ButtonKind kind, ImFont* font) {
    return keyButton(id, label, ImVec2(std::max(size.x, kMinTouchTarget), size.y), kind, font);
}

bool keyButton(std::string_view id, std::string_view label, ImVec2 size, ButtonKind kind, ImFont* font) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    size.x = std::max(size.x, kMinKeyWidth);
    size.y = std::max(size.y, kMinTouchTarget);

    const ImGuiID gid = window->GetID(id.data(), id.data() + id.size());
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    if (!addTouchTarget(id, label, bb.Min, bb.Max, gid)) return false;
    if (kind == ButtonKind::Primary) currentRegistry().markPrimary(id);

    bool hovered = false;
    bool held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);

    const ButtonColors colors = colorsFor(kind);
    const float rounding = std::min(size.y * 0.18f, 24.0f);
    ImDrawList* drawList = window->DrawList;
    fillRoundedRect(*drawList, bb.Min, bb.Max, toImColor(held ? colors.pressed : colors.fill), rounding);
    drawList->AddRect(bb.Min, bb.Max, toImColor(colors.border), rounding, 0, 3.0f);
    drawTextCentered(drawList, font, bb.Min, bb.Max, toImColor(colors.text), label);
    return pressed;
}

}  // namespace kiosk::widgets
