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

// The main action's place: the bottom right of the content, under the question and its answers,
// where a standing resident's eyes end up and the hand already is — the same place on every step.
// As wide as its longest label on this step (the review's ▼ 往下看 and 确认提交 share it, so it
// never changes size under the finger); body size, so it grows with 大 and 特大.
MainActionPlace mainActionPlace(const ScreenContext& ctx, core::CaseStep step, bool shown) {
    const Layout& l = ctx.layout;
    MainActionPlace place;
    place.shown = shown;
    place.font = ctx.fonts.body;
    place.fullBottom = l.contentMax.y;
    place.min = place.max = l.contentMax;
    if (!shown) return place;
    float labelW = 0;
    const bool review = step == core::CaseStep::Review;
    for (const char* key : {review ? "case.review.submit" : "case.next", review ? "case.review.more" : "case.next"}) {
        labelW = std::max(labelW, widgets::measureText(place.font, ctx.strings.get(key)).x);
    }
    const float w = std::min(l.contentMax.x - l.contentMin.x,
                             std::max(widgets::kMinTouchTarget * 2.5f, labelW + place.font->FontSize * 1.6f));
    const float h = l.buttonHeight * 1.1f;
    place.min = ImVec2(l.contentMax.x - w, l.contentMax.y - h);
    return place;
}

}  // namespace

ChipRowsRoom chipRowsRoom(const ScreenContext& ctx, const MainActionPlace& main, float x, float width, ImFont* font) {
    const float y = ImGui::GetCursorScreenPos().y;
    const int above = widgets::chipRowsIn(ctx.layout.contentMax.y - y, font);
    if (above >= 1 || !main.shown) return {std::max(1, above), width};
    const float besideW = main.min.x - ctx.layout.gap - x;
    return {std::max(1, widgets::chipRowsIn(main.fullBottom - y, font)), std::min(width, besideW)};
}

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

    const bool review = step == core::CaseStep::Review;
    if (step != shownStep_) {
        shownStep_ = step;
        if (review) review_ = ReviewPaging{};
    }
    // No 下一步 while a fresh shot asks 用这张 or 重拍: that answer is the one way on.
    const bool shotAsked = step == core::CaseStep::Photo && c.reviewingShot;
    // The kind step goes on at a tap on a kind; where one is chosen already (我要反映 from a payout
    // starts as a 投诉, or he came back), 下一步 is the way on — without it he waited at a ✓.
    const bool kindChosen = step == core::CaseStep::Kind && c.flow->draft().kind.has_value();
    const bool hasNext =
        (step != core::CaseStep::Kind || kindChosen) && !shotAsked && !(review && (c.saving || !c.similarCode.empty()));
    const MainActionPlace main = mainActionPlace(ctx, step, hasNext);

    // Header: the step bar. The header is chrome, like the top bar: it keeps the standard size at
    // 大 and 特大, so the step's own content gets the room the larger text needs.
    ImFont* headerFont = ctx.fonts.bar;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float headerH = ctx.layout.barButtonHeight;
    // Landscape steps with a keyboard: its mode and caret buttons share the step bar's row, at
    // its right, so the field, the candidates and the keys fit below.
    TextEntryPanel* panel = step == core::CaseStep::Describe ? &descriptionPanel_ : &placePanel_;
    const bool toolbarInRow = toolbarRowNeeded(ctx);
    const float toolbarW = toolbarInRow ? panel->toolbarWidth(ctx) : 0.0f;
    // Above a keyboard in landscape the question is set at body size: the keyboard needs the height.
    ImFont* questionFont = toolbarInRow ? ctx.fonts.body : ctx.fonts.title;
    const std::string& question = ctx.strings.get(questionKey(step));
    // Landscape, where the question and a step bar of eight characters fit one row: the question
    // at the left, the step bar at the right of the same row — a row of height the step's content
    // gets back (at 特大 the review's second answer on a page).
    const ImVec2 questionSize = widgets::measureText(questionFont, question);
    const float barBesideW = std::min(width - questionSize.x - ctx.layout.gap * 2, headerFont->FontSize * 16.0f);
    const bool questionBesideBar = !ctx.layout.portrait && !toolbarInRow && barBesideW >= headerFont->FontSize * 8.0f;
    const float barWidth = questionBesideBar ? barBesideW
                                             : std::min(width - (toolbarInRow ? toolbarW + ctx.layout.gap * 2 : 0),
                                                        headerFont->FontSize * 16.0f);
    const float rowH = questionBesideBar ? std::max(headerH, questionSize.y) : headerH;
    ImGui::SetCursorScreenPos(ImVec2(questionBesideBar ? ctx.layout.contentMax.x - barWidth : top.x,
                                     top.y + std::max(0.0f, (rowH - widgets::stepBarHeight(headerFont)) * 0.5f)));
    widgets::stepBar(
        headerFont,
        ctx.strings.format("case.step", {std::to_string(flow.stepNumber()), std::to_string(flow.stepCount())}),
        flow.stepNumber(), flow.stepCount(), barWidth);
    if (toolbarInRow) {
        const float toolbarY = top.y + (headerH - widgets::chipHeight(ctx.fonts.bar)) * 0.5f;
        panel->drawToolbar(ctx, ImVec2(ctx.layout.contentMax.x - toolbarW, toolbarY));
    }
    if (questionBesideBar) {
        ImGui::SetCursorScreenPos(top);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + headerH + ctx.layout.gap * (toolbarInRow ? 0.25f : 0.5f)));
    }
    // What may stand beside the question (the phone keypad) starts under the step bar's row.
    const float questionTop = ImGui::GetCursorScreenPos().y + (questionBesideBar ? rowH : 0.0f);
    // In portrait above the description's keyboard, the question takes the title a 字号 smaller
    // (大's at 特大) where that is what gives the field a second line of what he has written.
    if (ctx.layout.portrait && step == core::CaseStep::Describe && main.shown && ctx.fonts.titleStep != nullptr &&
        ctx.fonts.titleStep != ctx.fonts.body) {
        const float problemH =
            ctx.view.caseView.problemKey.empty()
                ? 0.0f
                : widgets::problemBoxHeight(ctx.fonts.body, ctx.strings.get(ctx.view.caseView.problemKey), width) +
                      ctx.layout.gap * 0.5f;
        auto fieldUnder = [&](ImFont* font) {
            const float panelTop = questionTop + widgets::measureText(font, question, width).y + problemH;
            return descriptionPanel_.fieldHeightIn(ctx, width, main.min.y - ctx.layout.gap - panelTop);
        };
        const float twoLines = descriptionPanel_.twoLineFieldHeight(ctx);
        if (fieldUnder(questionFont) < twoLines && fieldUnder(ctx.fonts.titleStep) >= twoLines) {
            questionFont = ctx.fonts.titleStep;
        }
    }
    widgets::textBlock(questionFont, ink, question, width);
    if (questionBesideBar) ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + rowH + ctx.layout.gap * 0.25f));
    // (The category step says it in its scope's place, beside 下一步.)
    if (step != core::CaseStep::Category) drawProblem(ctx, width);

    // The steps lay out above the main action's row; those that can use the height beside it
    // (a landscape keyboard, the review's left column) are told where it stands.
    Layout stepLayout = ctx.layout;
    if (main.shown) stepLayout.contentMax.y = main.min.y - ctx.layout.gap;
    ScreenContext stepCtx{ctx.strings, ctx.fonts, ctx.view, stepLayout, ctx.images, ctx.canvases, ctx.actions};
    switch (step) {
        case core::CaseStep::Kind: drawKindStep(stepCtx, main); break;
        case core::CaseStep::Category: drawCategoryStep(stepCtx, categoryPage_, main); break;
        case core::CaseStep::Place: drawPlaceStep(stepCtx, placePanel_, placePaging_, main); break;
        case core::CaseStep::Describe: drawDescribeStep(stepCtx, descriptionPanel_, main); break;
        case core::CaseStep::Details: drawDetailsStep(stepCtx, main); break;
        case core::CaseStep::Photo: drawPhotoStep(ctx, main); break;
        case core::CaseStep::Contact: drawContactStep(stepCtx, questionTop, main); break;
        case core::CaseStep::Review:
            drawReviewStep(stepCtx, review_, main.min.x - ctx.layout.gap, main.fullBottom);
            break;
    }

    // Drawn last so 朗读 reads the question and the answers before it. On the review, until every
    // answer has been on screen (the step has just said), it pages on to them: 确认提交 works only
    // once he has seen them all.
    if (!main.shown) return;
    const bool reviewUnseen = review && !review_.seenAll;
    const char* id = reviewUnseen ? "case.review.more" : review ? "case.review.submit" : "case.next";
    ImGui::SetCursorScreenPos(main.min);
    const bool second = step == core::CaseStep::Photo && photoIsTheMainAction(ctx);
    if (widgets::bigButton(id, ctx.strings.get(id), ImVec2(main.max.x - main.min.x, main.max.y - main.min.y),
                           second ? widgets::ButtonKind::Secondary : widgets::ButtonKind::Primary, main.font)) {
        if (reviewUnseen) {
            review_.pageDownAsked = true;
        } else {
            ctx.actions.add(review ? CaseAction{caseflow::Submit{}} : CaseAction{caseflow::Next{}});
        }
    }
}

}  // namespace kiosk::ui
