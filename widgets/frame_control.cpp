#include "widgets/frame_control.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace kiosk::widgets {

void bringCurrentWindowToFront() {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
}

void releaseActiveItem() {
    ImGui::ClearActiveID();
}

void recoverFromAbandonedFrame() {
    ImGui::ErrorCheckEndFrameRecover(nullptr);
}

}  // namespace kiosk::widgets
