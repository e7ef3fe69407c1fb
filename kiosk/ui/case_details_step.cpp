// The step a category asks its own questions on (Open311 attributes): each question in words,
// whether it must be answered, and its answers as big chips — one tap answers.
#include "ui/case_screen.h"
#include "widgets/chip.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {

void drawDetailsStep(ScreenContext& ctx) {
    const core::CaseFlow& flow = *ctx.view.caseView.flow;
    const core::CaseCategory* category = flow.category();
    if (!category) return;
    const float width = contentWidth(ctx);
    for (const core::CaseQuestion& q : category->questions) {
        ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
        const char* note = q.required ? (q.multiple ? "case.details.required_multiple" : "case.details.required")
                                      : (q.multiple ? "case.details.optional_multiple" : "case.details.optional");
        const std::string text = q.text + ctx.strings.get(note);
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), text, width);
        std::vector<widgets::ChipItem> items;
        std::vector<bool> chosen;
        for (const core::CaseQuestionOption& o : q.options) {
            items.push_back({"case.details." + q.code + "." + o.key, o.name});
            chosen.push_back(flow.isChosen(q.code, o.key));
        }
        const int tapped =
            widgets::chipRowOfMany(items, chosen, width, ctx.fonts.title, ctx.strings.get("chip.selected_mark"));
        if (tapped >= 0) {
            ctx.actions.add(CaseAction{caseflow::Answer{q.code, q.options[static_cast<std::size_t>(tapped)].key}});
        }
    }
}

}  // namespace kiosk::ui
