#include "ui/operator_error_screen.h"

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {

void OperatorErrorScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.display.x - l.margin * 4;
    const ImU32 text = widgets::toImColor(widgets::theme().text);
    ImGui::SetCursorScreenPos(ImVec2(l.margin * 2, l.margin * 2));
    widgets::textBlock(ctx.fonts.title, text, ctx.strings.get("operator_error.title"), width);
    ImGui::Dummy(ImVec2(0, l.gap));
    widgets::textBlock(ctx.fonts.body, text, ctx.strings.get("operator_error.body"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 2));
    widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().textMuted),
                       ctx.strings.get("operator_error.details"), width);
    for (const std::string& problem : ctx.view.operatorProblems) {
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        widgets::textBlock(ctx.fonts.body, text, problem, width);
    }
}

}  // namespace kiosk::ui
