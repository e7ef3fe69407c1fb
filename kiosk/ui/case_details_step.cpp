// The step a category asks its own questions on (Open311 attributes): each question in words,
// whether it must be answered, and its answers as big chips — one tap answers.
#include <iterator>
#include <string>
#include <vector>

#include "ui/case_screen.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {

void drawDetailsStep(ScreenContext& ctx, const MainActionPlace& main) {
    const core::CaseFlow& flow = *ctx.view.caseView.flow;
    const core::CaseCategory* category = flow.category();
    if (!category) return;
    const float width = contentWidth(ctx);
    const std::string& mark = ctx.strings.get("chip.selected_mark");
    struct Question {
        std::string text;
        std::vector<widgets::ChipItem> items;
        std::vector<bool> chosen;
    };
    std::vector<Question> questions;
    for (const core::CaseQuestion& q : category->questions) {
        const char* note = q.required ? (q.multiple ? "case.details.required_multiple" : "case.details.required")
                                      : (q.multiple ? "case.details.optional_multiple" : "case.details.optional");
        Question shown{q.text + ctx.strings.get(note), {}, {}};
        for (const core::CaseQuestionOption& o : q.options) {
            shown.items.push_back({"case.details." + q.code + "." + o.key, o.name});
            shown.chosen.push_back(flow.isChosen(q.code, o.key));
        }
        questions.push_back(std::move(shown));
    }
    auto heightWith = [&](ImFont* chipFont, ImFont* questionFont, float w) {
        float h = 0;
        for (const Question& q : questions) {
            // Measured with the ✓ on the answers chosen, as they are drawn.
            std::vector<widgets::ChipItem> labels = q.items;
            for (std::size_t i = 0; i < labels.size(); ++i) {
                if (q.chosen[i]) labels[i].label = mark + labels[i].label;
            }
            const int rows = widgets::chipRowsNeeded(labels, -1, w, chipFont, mark);
            h += ctx.layout.gap * 0.5f + widgets::measureText(questionFont, q.text, w).y +
                 static_cast<float>(rows) * (widgets::chipHeight(chipFont) + widgets::kTouchSpacing);
        }
        return h;
    };
    // The answers at the largest size where every question and its chips fit: title size (above
    // 下一步, then down beside it: narrower, to the bottom), the title one 字号 smaller (the same
    // two ways: a larger 字号 never sets them smaller), body size, then the controls' size (the
    // answers, then the questions too).
    const float top = ImGui::GetCursorScreenPos().y;
    const float aboveMain = ctx.layout.contentMax.y - top;
    const float besideW = main.shown ? main.min.x - ctx.layout.gap - ctx.layout.contentMin.x : width;
    const float besideRoom = (main.shown ? main.fullBottom : ctx.layout.contentMax.y) - top;
    struct Choice {
        ImFont* font;
        ImFont* questionFont;
        float width;
        float room;
    };
    ImFont* body = ctx.fonts.body;
    ImFont* bar = ctx.fonts.bar;
    const Choice choices[] = {{ctx.fonts.title, body, width, aboveMain},
                              {ctx.fonts.title, body, besideW, besideRoom},
                              {ctx.fonts.titleStep, body, width, aboveMain},
                              {ctx.fonts.titleStep, body, besideW, besideRoom},
                              {body, body, width, aboveMain},
                              {body, body, besideW, besideRoom},
                              {bar, body, width, aboveMain},
                              {bar, body, besideW, besideRoom},
                              {bar, bar, width, aboveMain},
                              {bar, bar, besideW, besideRoom}};
    Choice chosen = choices[std::size(choices) - 1];
    for (const Choice& c : choices) {
        if (heightWith(c.font, c.questionFont, c.width) <= c.room) {
            chosen = c;
            break;
        }
    }
    ImFont* chipFont = chosen.font;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& q = questions[i];
        ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
        widgets::textBlock(chosen.questionFont, widgets::inkColor(), q.text, chosen.width);
        const int tapped = widgets::chipRowOfMany(q.items, q.chosen, chosen.width, chipFont, mark);
        if (tapped >= 0) {
            const core::CaseQuestion& asked = category->questions[i];
            ctx.actions.add(
                CaseAction{caseflow::Answer{asked.code, asked.options[static_cast<std::size_t>(tapped)].key}});
        }
    }
}

}  // namespace kiosk::ui
