#include "widgets/kinetic_list.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

constexpr float kFriction = 4.0f;       // 1/s: a fling slows to a stop in about a second
constexpr float kStopVelocity = 30.0f;  // px/s

void updateDragAndMomentum(KineticScroll& s, const ImRect& area, float maxOffset) {
    const ImGuiIO& io = ImGui::GetIO();
    const float dt = std::max(io.DeltaTime, 1.0f / 240.0f);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && area.Contains(io.MousePos)) {
        s.pressed = true;
        s.dragging = false;
        s.velocity = 0;  // a touch stops a fling
        s.pressY = s.lastY = io.MousePos.y;
        s.pressOffset = s.offset;
    }
    if (s.pressed && io.MouseDown[0]) {
        if (!s.dragging && std::fabs(io.MousePos.y - s.pressY) > kDragThreshold) {
            s.dragging = true;
            ImGui::ClearActiveID();  // the row under the finger must not click when it lifts
        }
        if (s.dragging) {
            s.offset = s.pressOffset - (io.MousePos.y - s.pressY);
            s.velocity = -(io.MousePos.y - s.lastY) / dt;
            if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
        }
        s.lastY = io.MousePos.y;
    } else if (s.pressed) {
        s.pressed = false;
        if (!s.dragging) s.velocity = 0;
        s.dragging = false;
    } else if (s.velocity != 0) {
        s.offset += s.velocity * dt;
        s.velocity *= std::exp(-kFriction * dt);
        if (std::fabs(s.velocity) < kStopVelocity) s.velocity = 0;
    }
    if (s.offset < 0 || s.offset > maxOffset) s.velocity = 0;
    s.offset = std::clamp(s.offset, 0.0f, maxOffset);
}

}  // namespace

void kineticList(const std::string& id, ImVec2 size, int rowCount, float rowHeight, KineticScroll& scroll,
                 const KineticListLabels& labels, ImFont* buttonFont, bool buttonsBelow,
                 const std::function<void(int row, ImVec2 min, ImVec2 max)>& drawRow) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const float sideWidth = std::max(kMinTouchTarget * 2.0f, buttonFont->FontSize * 4.5f);
    const float belowHeight = std::max(kMinTouchTarget, std::round(buttonFont->FontSize * 1.9f));
    const ImRect area = buttonsBelow
                            ? ImRect(origin, ImVec2(origin.x + size.x, origin.y + size.y - belowHeight - kTouchSpacing))
                            : ImRect(origin, ImVec2(origin.x + size.x - sideWidth - kTouchSpacing, origin.y + size.y));
    const float contentHeight = rowHeight * static_cast<float>(rowCount);
    const float maxOffset = std::max(0.0f, contentHeight - area.GetHeight());
    const float page = std::max(rowHeight, area.GetHeight() - rowHeight);

    ImGui::PushID(id.c_str());
    updateDragAndMomentum(scroll, area, maxOffset);

    // Only the rows that can be seen are drawn.
    window->DrawList->AddRect(area.Min, area.Max, toImColor(theme().border), 0, 0, 2.0f);
    ImGui::PushClipRect(area.Min, area.Max, true);
    const int first = std::max(0, static_cast<int>(scroll.offset / rowHeight));
    const int last = std::min(rowCount, static_cast<int>((scroll.offset + area.GetHeight()) / rowHeight) + 1);
    for (int row = first; row < last; ++row) {
        const float y = area.Min.y + static_cast<float>(row) * rowHeight - scroll.offset;
        ImGui::PushID(row);
        drawRow(row, ImVec2(area.Min.x, y), ImVec2(area.Max.x, y + rowHeight));
        ImGui::PopID();
    }
    ImGui::PopClipRect();
    currentRegistry().addWidget(id, id, area.Min, area.Max);

    // Page buttons: disabled ends are simply not drawn as buttons, so nothing pretends to work.
    const ImVec2 buttonSize =
        buttonsBelow ? ImVec2((size.x - kTouchSpacing) * 0.5f, belowHeight)
                     : ImVec2(sideWidth, std::max(kMinTouchTarget * 1.5f, (size.y - kTouchSpacing) * 0.5f));
    const ImVec2 upPos =
        buttonsBelow ? ImVec2(origin.x, area.Max.y + kTouchSpacing) : ImVec2(area.Max.x + kTouchSpacing, origin.y);
    const ImVec2 downPos = buttonsBelow ? ImVec2(origin.x + size.x - buttonSize.x, upPos.y)
                                        : ImVec2(upPos.x, origin.y + size.y - buttonSize.y);
    if (scroll.offset > 0.5f) {
        ImGui::SetCursorScreenPos(upPos);
        if (bigButton(id + ".page_up", labels.pageUp, buttonSize, ButtonKind::Secondary, buttonFont)) {
            scroll.velocity = 0;
            scroll.offset = std::max(0.0f, scroll.offset - page);
        }
    }
    if (scroll.offset < maxOffset - 0.5f) {
        ImGui::SetCursorScreenPos(downPos);
        if (bigButton(id + ".page_down", labels.pageDown, buttonSize, ButtonKind::Secondary, buttonFont)) {
            scroll.velocity = 0;
            scroll.offset = std::min(maxOffset, scroll.offset + page);
        }
    }
    ImGui::PopID();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y));
    ImGui::Dummy(ImVec2(size.x, 0));
}

}  // namespace kiosk::widgets
