#include "ui/still_there_overlay.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"
#include "widgets/touch_area.h"

namespace kiosk::ui {

void drawStillThereOverlay(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = widgets::toImColor(widgets::theme().onWarning);
    const float cx = l.display.x * 0.5f;

    float y = l.display.y * (l.portrait ? 0.18f : 0.08f);
    const std::string& title = s.get("still_there.title");
    const ImVec2 titleSize = widgets::measureText(ctx.fonts.title, title);
    widgets::drawText(dl, ctx.fonts.title, ImVec2(cx - titleSize.x * 0.5f, y), text, title);
    y += titleSize.y + l.gap;

    // The countdown in huge numerals, then "秒" at body size beside it.
    const std::string seconds = std::to_string(ctx.view.warningSecondsLeft);
    const ImVec2 numSize = widgets::measureText(ctx.fonts.display, seconds);
    const std::string& unit = s.get("still_there.seconds");
    const ImVec2 unitSize = widgets::measureText(ctx.fonts.body, unit);
    const float rowX = cx - (numSize.x + unitSize.x + l.gap) * 0.5f;
    widgets::drawText(dl, ctx.fonts.display, ImVec2(rowX, y), text, seconds);
    widgets::drawText(dl, ctx.fonts.body, ImVec2(rowX + numSize.x + l.gap, y + numSize.y - unitSize.y * 1.2f), text,
                      unit);
    y += numSize.y + l.gap;

    const float wrap = std::min(l.display.x - l.margin * 4, ctx.fonts.body->FontSize * 22.0f);
    const std::string& explain = s.get("still_there.explain");
    widgets::drawText(dl, ctx.fonts.body, ImVec2(cx - wrap * 0.5f, y), text, explain, wrap);
    y += widgets::measureText(ctx.fonts.body, explain, wrap).y + l.gap * 2;

    // A huge 继续 first (so it owns its area), then the rest of the screen also continues.
    const ImVec2 buttonSize(std::min(l.display.x - l.margin * 4, ctx.fonts.title->FontSize * 10.0f),
                            l.buttonHeight * 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(cx - buttonSize.x * 0.5f, y));
    if (widgets::bigButton("still_there.continue", s.get("still_there.continue"), buttonSize,
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(ContinueSession{});
    }
    if (widgets::touchArea("still_there.anywhere", s.get("still_there.title"), ImVec2(0, 0), l.display)) {
        ctx.actions.add(ContinueSession{});
    }
}

}  // namespace kiosk::ui
