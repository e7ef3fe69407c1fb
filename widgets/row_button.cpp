#include "widgets/row_button.h"

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/touch_area.h"

namespace kiosk::widgets {

bool rowButton(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    bool held = false;
    const bool pressed = touchTarget(id, label, min, max, 0 /* click on release */, &held);
    if (held) ImGui::GetWindowDrawList()->AddRectFilled(min, max, toImColor(theme().secondaryPressed));
    return pressed;
}

}  // namespace kiosk::widgets
