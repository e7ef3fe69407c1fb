#include "ui/typing_practice_screen.h"

#include <algorithm>
#include <cmath>

#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {

void TypingPracticeScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImVec2 titleAt = ImGui::GetCursorScreenPos();
    widgets::textBlock(ctx.fonts.title, widgets::toImColor(widgets::theme().text), s.get("practice.title"), width);
    if (!l.portrait) {
        // The title row has room to the right for the keyboard's mode and caret buttons.
        const float toolbarW = panel_.toolbarWidth(ctx);
        const float rowH = ImGui::GetCursorScreenPos().y - titleAt.y;
        const float buttonH = widgets::chipHeight(ctx.fonts.bar);
        panel_.drawToolbar(ctx, ImVec2(l.contentMax.x - toolbarW, titleAt.y));
        ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, titleAt.y + std::max(rowH, buttonH)));
    }
    // Portrait: the hint above the field, where it leaves the keyboard the room it needs.
    const std::string& hint = s.get("practice.hint");
    if (l.portrait && ImGui::GetCursorScreenPos().y + widgets::measureText(ctx.fonts.body, hint, width).y + l.gap +
                              panel_.portraitMinHeight(ctx) <=
                          l.contentMax.y) {
        widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().textMuted), hint, width);
    }
    const ImVec2 top = ImGui::GetCursorScreenPos();
    panel_.draw(ctx, ImVec2(l.contentMin.x, top.y + l.gap), l.contentMax, s.get("practice.placeholder"));
}

}  // namespace kiosk::ui
