#include "widgets/row_button.h"

#include <imgui_internal.h>

#include "widgets/colors.h"
#include "widgets/palette.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {

bool rowButton(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID gid = window->GetID(id.data(), id.data() + id.size());
    const ImRect bb(min, max);
    if (!ImGui::ItemAdd(bb, gid)) return false;
    currentRegistry().addWidget(id, label, min, max);
    bool hovered = false;
    bool held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);
    if (held) window->DrawList->AddRectFilled(min, max, toImColor(palette::kSecondaryPressed));
    return pressed;
}

}  // namespace kiosk::widgets
