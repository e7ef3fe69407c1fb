#include "widgets/handwriting_pad.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

void drawStroke(ImDrawList* drawList, const core::Stroke& stroke, ImVec2 origin, float side, float thickness,
                ImU32 color) {
    if (stroke.size() == 1) {
        drawList->AddCircleFilled(ImVec2(origin.x + stroke[0].x * side, origin.y + stroke[0].y * side),
                                  thickness * 0.5f, color);
        return;
    }
    for (std::size_t i = 1; i < stroke.size(); ++i) {
        const ImVec2 a(origin.x + stroke[i - 1].x * side, origin.y + stroke[i - 1].y * side);
        const ImVec2 b(origin.x + stroke[i].x * side, origin.y + stroke[i].y * side);
        drawList->AddLine(a, b, color, thickness);
        drawList->AddCircleFilled(b, thickness * 0.5f, color);  // round joints: no gaps at corners
    }
}

}  // namespace

std::optional<core::Stroke> handwritingPad(const std::string& id, const std::string& label, float side,
                                           const core::Ink& ink, HandwritingPadState& state) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const ImRect bb(origin, ImVec2(origin.x + side, origin.y + side));
    ImGui::ItemSize(ImVec2(side, side));
    const ImGuiID gid = window->GetID(id.c_str());
    if (!addTouchTarget(id, label, bb.Min, bb.Max, gid)) return std::nullopt;

    bool hovered = false;
    bool held = false;
    ImGui::ButtonBehavior(bb, gid, &hovered, &held, ImGuiButtonFlags_PressedOnClick);
    std::optional<core::Stroke> finished;
    if (held) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const core::PadPoint p{std::clamp((mouse.x - origin.x) / side, 0.0f, 1.0f),
                               std::clamp((mouse.y - origin.y) / side, 0.0f, 1.0f)};
        // A resting finger jitters by a pixel or two: keep points that moved.
        const float minStep = 2.0f / side;
        if (state.live.empty() ||
            std::fabs(p.x - state.live.back().x) + std::fabs(p.y - state.live.back().y) > minStep) {
            state.live.push_back(p);
        }
    } else if (!state.live.empty()) {
        finished = std::move(state.live);
        state.live.clear();
    }

    ImDrawList* drawList = window->DrawList;
    fillRoundedRect(*drawList, bb.Min, bb.Max, toImColor(theme().surface), 12.0f);
    // 田字格: dashed-looking light guides through the middle, so a character is written centred.
    const ImU32 guide = toImColor(theme().secondaryPressed);
    const float mid = side * 0.5f;
    drawList->AddLine(ImVec2(origin.x + mid, origin.y), ImVec2(origin.x + mid, origin.y + side), guide, 3.0f);
    drawList->AddLine(ImVec2(origin.x, origin.y + mid), ImVec2(origin.x + side, origin.y + mid), guide, 3.0f);
    drawList->AddRect(bb.Min, bb.Max, toImColor(theme().border), 12.0f, 0, 4.0f);
    const float thickness = std::max(8.0f, side * 0.025f);
    const ImU32 inkColor = toImColor(theme().text);
    for (const core::Stroke& stroke : ink) drawStroke(drawList, stroke, origin, side, thickness, inkColor);
    drawStroke(drawList, state.live, origin, side, thickness, inkColor);
    return finished;
}

}  // namespace kiosk::widgets
