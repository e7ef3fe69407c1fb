#include "ui/staff_screens.h"

#include <algorithm>
#include <string>

#include "core/staff_entry.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// The PIN typed so far as dots in a row of boxes, one per digit the longest PIN may have.
void pinDots(ScreenContext& ctx, std::size_t typed, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const widgets::ColorTheme& theme = widgets::theme();
    const float side =
        std::min(ctx.fonts.title->FontSize * 1.2f, width / static_cast<float>(core::kStaffPinMaxDigits) - 12.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < core::kStaffPinMaxDigits; ++i) {
        const ImVec2 min(at.x + static_cast<float>(i) * (side + 12.0f), at.y);
        const ImVec2 max(min.x + side, min.y + side);
        dl->AddRect(min, max, widgets::toImColor(i == typed ? theme.primary : theme.border), 8.0f, 0,
                    i == typed ? 5.0f : 2.0f);
        if (i < typed)
            dl->AddCircleFilled(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), side * 0.18f,
                                widgets::inkColor());
    }
    ImGui::Dummy(ImVec2(width, side + ctx.layout.gap));
}

}  // namespace

void StaffPinScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const StaffView& v = ctx.view.staff;
    const float width = std::min(l.contentMax.x - l.contentMin.x, ctx.fonts.standard->FontSize * 16.0f);
    const ImU32 ink = widgets::inkColor();
    if (!v.configured) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("staff.pin.not_configured"), l.contentMax.x - l.contentMin.x);
        return;
    }
    if (v.lockMinutes > 0) {
        std::string text = s.get("staff.pin.locked");
        const std::string marker = "{minutes}";
        if (const auto at = text.find(marker); at != std::string::npos)
            text.replace(at, marker.size(), std::to_string(v.lockMinutes));
        widgets::problemBox(ctx.fonts.body, text, l.contentMax.x - l.contentMin.x, l.gap);
        return;
    }
    // Landscape: the PIN, what went wrong and 确定 on the left, the keypad on the right;
    // portrait: one column.
    const float keypadW = l.portrait ? width : std::min(width, (l.contentMax.x - l.contentMin.x) * 0.45f);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    widgets::textBlock(ctx.fonts.body, ink, s.get("staff.pin.ask"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    pinDots(ctx, v.digitsTyped, width);
    if (!v.problemKey.empty()) {
        std::string text = s.get(v.problemKey);
        const std::string marker = "{tries}";
        if (const auto at = text.find(marker); at != std::string::npos)
            text.replace(at, marker.size(), std::to_string(v.triesLeft));
        widgets::problemBox(ctx.fonts.body, text, width, l.gap);
    }
    const ImVec2 buttonSize(width, std::max(widgets::kMinTouchTarget, ctx.fonts.body->FontSize * 2.2f));
    if (!l.portrait) {
        if (widgets::bigButton("staff.pin.ok", s.get("staff.pin.ok"), buttonSize, widgets::ButtonKind::Primary,
                               ctx.fonts.body))
            ctx.actions.add(StaffAction{staff::Submit{}});
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(l.contentMax.x - keypadW, top.y));
        ImGui::BeginGroup();
    }
    // Keys at the standard size whatever the text size, as on the other keyboards.
    const widgets::NumericPress press = widgets::numericKeypad("staff.key", keypadW, ctx.fonts.standard,
                                                               s.get("keypad.erase"), s.get("keypad.clear"), 3);
    if (press.digit || press.erase || press.clear)
        ctx.actions.add(StaffAction{staff::Key{press.digit, press.erase, press.clear}});
    if (l.portrait) {
        ImGui::Dummy(ImVec2(0, l.gap));
        if (widgets::bigButton("staff.pin.ok", s.get("staff.pin.ok"), buttonSize, widgets::ButtonKind::Primary,
                               ctx.fonts.body))
            ctx.actions.add(StaffAction{staff::Submit{}});
    }
    ImGui::EndGroup();
}

void StaffMenuScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    // The standard size whatever the text size: a staff page, and all of it must fit.
    ImFont* font = ctx.fonts.standard;
    // Landscape: the demonstration on the left, the rest on the right; portrait: one column.
    const float columnW = l.portrait ? width : (width - l.gap * 2) * 0.5f;
    const ImVec2 buttonSize(std::min(columnW, font->FontSize * 14.0f),
                            std::max(widgets::kMinTouchTarget, font->FontSize * 2.2f));
    auto button = [&](const char* id, const std::string& label, widgets::ButtonKind kind) {
        const bool tapped = widgets::bigButton(id, label, buttonSize, kind, font);
        ImGui::Dummy(ImVec2(0, widgets::kTouchSpacing + 1.0f));  // targets apart
        return tapped;
    };
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    widgets::textBlock(font, widgets::inkColor(), s.get("staff.menu.intro"), columnW);
    ImGui::Dummy(ImVec2(0, l.gap));
    if (button("staff.demo", s.get(ctx.view.demoMode ? "staff.menu.demo_on" : "staff.menu.demo"),
               widgets::ButtonKind::Primary))
        ctx.actions.add(StaffAction{staff::StartDemo{}});
    widgets::textBlock(font, widgets::mutedInkColor(), s.get("staff.menu.demo_hint"), columnW);
    ImGui::Dummy(ImVec2(0, l.gap));
    if (ctx.view.demonstrationAvailable &&
        button("staff.tour", s.get("staff.menu.tour"), widgets::ButtonKind::Secondary))
        ctx.actions.add(TourAction{TourAction::Op::Start});
    ImGui::EndGroup();
    if (!l.portrait) ImGui::SetCursorScreenPos(ImVec2(top.x + columnW + l.gap * 2, top.y));
    ImGui::BeginGroup();
    if (button("staff.demo_reset", s.get("staff.menu.demo_reset"), widgets::ButtonKind::Secondary))
        ctx.actions.add(StaffAction{staff::ResetDemo{}});
    if (button("staff.operator", s.get("staff.menu.operator"), widgets::ButtonKind::Secondary))
        ctx.actions.add(OpenScreen{core::ScreenId::OperatorPanel});
    if (button("staff.leave", s.get("staff.menu.leave"), widgets::ButtonKind::Secondary))
        ctx.actions.add(StaffAction{staff::Leave{}});
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
