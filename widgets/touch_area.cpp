#include "widgets/touch_area.h"

#include <imgui_internal.h>

#include "widgets/widget_registry.h"

namespace kiosk::widgets {

bool touchTarget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, int flags, bool* held) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID gid = window->GetID(id.data(), id.data() + id.size());
    const ImRect bb(min, max);
    *held = false;
    if (!addTouchTarget(id, label, min, max, gid)) return false;
    bool hovered = false;
    return ImGui::ButtonBehavior(bb, gid, &hovered, held, flags);
}

bool touchArea(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    bool held = false;
    return touchTarget(id, label, min, max, ImGuiButtonFlags_PressedOnClick, &held);
}

}  // namespace kiosk::widgets
