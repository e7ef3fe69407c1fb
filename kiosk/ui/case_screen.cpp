#include "ui/case_screen.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/step_bar.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

const char* questionKey(core::CaseStep step) {
    switch (step) {
        case core::CaseStep::Kind: return "case.kind.question";
        case core::CaseStep::Category: return "case.category.question";
        case core::CaseStep::Place: return "case.place.question";
        case core::CaseStep::Describe: return "case.describe.question";
        case core::CaseStep::Details: return "case.details.question";
        case core::CaseStep::Photo: return "case.photo.question";
        case core::CaseStep::Contact: return "case.contact.question";
        case core::CaseStep::Review:
        default: return "case.review.question";
    }
}

// A refused 下一步 says why, in a box a resident cannot miss (words, not only colour).
void drawProblem(ScreenContext& ctx, float width) {
    if (ctx.view.caseView.problemKey.empty()) return;
    widgets::problemBox(ctx.fonts.body, ctx.strings.get(ctx.view.caseView.problemKey), width, ctx.layout.gap * 0.5f);
}

}  // namespace

float contentWidth(const ScreenContext& ctx) {
    return ctx.layout.contentMax.x - ctx.layout.contentMin.x;
}

// Landscape steps with a keyboard put its buttons in the step bar's row.
bool CaseScreen::toolbarRowNeeded(const ScreenContext& ctx) const {
    return !ctx.layout.portrait && !textField(ctx.view).empty();
}

std::string_view CaseScreen::textField(const AppView& view) const {
    const CaseView& c = view.caseView;
    if (!c.flow || c.showingReceipt) return {};
    if (c.flow->step() == core::CaseStep::Describe) return kCaseDescriptionField;
    if (c.flow->step() == core::CaseStep::Place && c.typingPlace) return kCasePlaceField;
    return {};
}

void CaseScreen::drawContent(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const float width = contentWidth(ctx);
    const ImU32 ink = widgets::toImColor(widgets::theme().text);
    if (!c.available || !c.flow) {
        widgets::textBlock(ctx.fonts.title, ink, ctx.strings.get("case.title"), width);
        widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("case.unavailable"), width);
        return;
    }
    if (c.showingReceipt) {
        drawReceipt(ctx);
        return;
    }
    const core::CaseFlow& flow = *c.flow;
    const core::CaseStep step = flow.step();

    // 下一步 (on the review 确认提交) at the right of the step bar, on every step that has one.
    const bool review = step == core::CaseStep::Review;
    if (step != shownStep_) {
        shownStep_ = step;
        if (review) review_ = ReviewPaging{};
    }
    ImFont* headerFont = ctx.fonts.bar;
    // The widest label the button may have here: it keeps its size when the review's ▼ 往下看
    // turns into 确认提交.
    float labelW = widgets::measureText(headerFont, ctx.strings.get(review ? "case.review.submit" : "case.next")).x;
    if (review) labelW = std::max(labelW, widgets::measureText(headerFont, ctx.strings.get("case.review.more")).x);
    const bool hasNext = step != core::CaseStep::Kind && !(review && (c.saving || !c.similarCode.empty()));
    const ImVec2 nextSize(std::max(widgets::kMinTouchTarget * 2.0f, labelW + headerFont->FontSize * 2.4f),
                          ctx.layout.barButtonHeight);

    // Header: the step bar. The header is chrome, like the top bar: it keeps the standard size at
    // 大 and 特大, so the step's own content gets the room the larger text needs.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float headerH = ctx.layout.barButtonHeight;
    // Landscape steps with a keyboard: its mode and caret buttons share the step bar's row,
    // between the bar and 下一步, so the field, the candidates and the keys fit below.
    TextEntryPanel* panel = step == core::CaseStep::Describe ? &descriptionPanel_ : &placePanel_;
    const bool toolbarInRow = toolbarRowNeeded(ctx);
    const float toolbarW = toolbarInRow ? panel->toolbarWidth(ctx) : 0.0f;
    const float barWidth = (hasNext ? width - nextSize.x - ctx.layout.gap * 2 : width) -
                           (toolbarInRow ? toolbarW + ctx.layout.gap * 2 : 0);
    ImGui::SetCursorScreenPos(
        ImVec2(top.x, top.y + std::max(0.0f, (headerH - widgets::stepBarHeight(headerFont)) * 0.5f)));
    widgets::stepBar(
        headerFont,
        ctx.strings.format("case.step", {std::to_string(flow.stepNumber()), std::to_string(flow.stepCount())}),
        flow.stepNumber(), flow.stepCount(), std::min(barWidth, headerFont->FontSize * 16.0f));
    if (toolbarInRow) {
        const float toolbarX = ctx.layout.contentMax.x - nextSize.x - ctx.layout.gap * 2 - toolbarW;
        const float toolbarY = top.y + (headerH - widgets::chipHeight(ctx.fonts.bar)) * 0.5f;
        panel->drawToolbar(ctx, ImVec2(toolbarX, toolbarY));
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + headerH + ctx.layout.gap * (toolbarInRow ? 0.25f : 0.5f)));
    // Above a keyboard in landscape the question is set at body size: the keyboard needs the height.
    widgets::textBlock(toolbarInRow ? ctx.fonts.body : ctx.fonts.title, ink, ctx.strings.get(questionKey(step)), width);
    drawProblem(ctx, width);

    switch (step) {
        case core::CaseStep::Kind: drawKindStep(ctx); break;
        case core::CaseStep::Category: drawCategoryStep(ctx, categoryPage_); break;
        case core::CaseStep::Place: drawPlaceStep(ctx, placePanel_, placePaging_); break;
        case core::CaseStep::Describe: drawDescribeStep(ctx, descriptionPanel_); break;
        case core::CaseStep::Details: drawDetailsStep(ctx); break;
        case core::CaseStep::Photo: drawPhotoStep(ctx); break;
        case core::CaseStep::Contact: drawContactStep(ctx); break;
        case core::CaseStep::Review:
            drawReviewStep(ctx, review_, ctx.layout.contentMax.x, ctx.layout.contentMax.y);
            break;
    }

    // Drawn last so 朗读 reads the question and the answers before it. On the review, until every
    // answer has been on screen (the step has just said), it pages on to them: 确认提交 works only
    // once he has seen them all.
    const bool reviewUnseen = review && !review_.seenAll;
    const std::string& nextLabel = ctx.strings.get(reviewUnseen ? "case.review.more"
                                                   : review     ? "case.review.submit"
                                                                : "case.next");
    if (hasNext) {
        ImGui::SetCursorScreenPos(ImVec2(ctx.layout.contentMax.x - nextSize.x, top.y));
        const char* id = reviewUnseen ? "case.review.more" : review ? "case.review.submit" : "case.next";
        if (widgets::bigButton(id, nextLabel, nextSize, widgets::ButtonKind::Primary, headerFont)) {
            if (reviewUnseen) {
                review_.pageDownAsked = true;
            } else {
                ctx.actions.add(review ? CaseAction{caseflow::Submit{}} : CaseAction{caseflow::Next{}});
            }
        }
    }
}

}  // namespace kiosk::ui
