#include "ui/print_block.h"
#include "ui/font_steps.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// Where each part stands: the button's size and font, and whether the line after it fits beside.
struct PrintBlockShape {
    ImFont* font = nullptr;
    ImVec2 button;
    std::string label;  // the button's ("" while printing: 正在打印…… stands there)
    std::string after;  // 请取走回执。 once printed, else ""
    bool afterBeside = false;
    bool buttonShown = true;  // PrintBlockRoom::Outcome: not once the slip is out or failed
    ImFont* problemFont = nullptr;
};

PrintBlockShape shapeOf(const ScreenContext& ctx, float width, const PrintBlockWords& words, PrintBlockRoom room) {
    const PrintView& p = ctx.view.print;
    const bool compact = room != PrintBlockRoom::Full;
    const core::StringTable& s = ctx.strings;
    PrintBlockShape shape;
    shape.label = p.state == PrintView::State::Printing ? ""
                  : p.state == PrintView::State::Idle   ? s.get(words.printKey)
                                                        : s.get("print.again");
    shape.buttonShown =
        room != PrintBlockRoom::Outcome || p.state == PrintView::State::Idle || p.state == PrintView::State::Printing;
    shape.problemFont = compact ? ctx.fonts.bar : ctx.fonts.body;
    const std::string& shown = shape.label.empty() ? s.get("print.printing") : shape.label;
    // At the largest title step at which the button fits (特大 in a landscape column: a step down).
    shape.font = largestTitleThatFits(
        ctx.fonts, [&](ImFont* f) { return !compact && widgets::measureText(f, shown).x + f->FontSize * 2 <= width; });
    // Compact, a narrower margin, so 请取走回执。 still fits beside the button.
    const float margin = shape.font->FontSize * (compact ? 2.0f : 3.0f);
    shape.button = ImVec2(std::min(width, widgets::measureText(shape.font, shown).x + margin),
                          ctx.layout.buttonHeight * (compact ? 1.0f : 1.2f));
    if (p.state == PrintView::State::Printed) shape.after = s.get(words.takeKey);
    shape.afterBeside = shape.buttonShown && !shape.after.empty() &&
                        shape.button.x + ctx.layout.gap + widgets::measureText(shape.font, shape.after).x <= width;
    return shape;
}

}  // namespace

float printBlockHeight(const ScreenContext& ctx, float width, const PrintBlockWords& words, PrintBlockRoom room) {
    const PrintBlockShape shape = shapeOf(ctx, width, words, room);
    float h = (shape.buttonShown ? shape.button.y : 0.0f) + ctx.layout.gap * 0.5f;
    if (!shape.after.empty() && !shape.afterBeside) h += widgets::measureText(shape.font, shape.after, width).y;
    if (ctx.view.print.state == PrintView::State::Fault)
        h += widgets::problemBoxHeight(shape.problemFont, ctx.strings.get(ctx.view.print.faultKey), width) +
             ctx.layout.gap * 0.5f;
    return h;
}

void drawPrintBlock(ScreenContext& ctx, float width, const PrintBlockWords& words, PrintBlockRoom room) {
    const PrintView& p = ctx.view.print;
    const Layout& l = ctx.layout;
    const PrintBlockShape shape = shapeOf(ctx, width, words, room);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (!shape.buttonShown) {
        // short of room, once printed or failed: only what came of it (below)
    } else if (shape.label.empty()) {  // printing: the words where the button stood, in the middle of its height
        const std::string& printing = ctx.strings.get("print.printing");
        widgets::drawText(dl, shape.font, ImVec2(at.x, at.y + (shape.button.y - shape.font->FontSize) * 0.5f),
                          widgets::inkColor(), printing, width);
        ImGui::Dummy(shape.button);
    } else if (widgets::bigButton(words.id, shape.label, shape.button, widgets::ButtonKind::Secondary, shape.font)) {
        ctx.actions.add(PrintSlip{});
    }
    if (shape.afterBeside) {
        widgets::drawText(dl, shape.font,
                          ImVec2(at.x + shape.button.x + l.gap, at.y + (shape.button.y - shape.font->FontSize) * 0.5f),
                          widgets::inkColor(), shape.after, width - shape.button.x - l.gap);
    } else if (!shape.after.empty()) {
        widgets::textBlock(shape.font, widgets::inkColor(), shape.after, width);
    }
    if (p.state == PrintView::State::Fault)
        widgets::problemBox(ctx.fonts.body, ctx.strings.get(p.faultKey), width, l.gap * 0.5f);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
}

}  // namespace kiosk::ui
