// Step 7 of 反映问题 (every answer on one screen, each with 修改, then 确认提交) and the receipt.
#include <algorithm>

#include "core/phone_number.h"
#include "core/tracking_code.h"
#include "ui/case_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

ImU32 ink() {
    return widgets::toImColor(widgets::theme().text);
}
ImU32 muted() {
    return widgets::toImColor(widgets::theme().textMuted);
}

std::string kindLabel(const core::StringTable& s, core::CaseKind kind) {
    switch (kind) {
        case core::CaseKind::Report: return s.get("case.kind.report");
        case core::CaseKind::Advice: return s.get("case.kind.advice");
        case core::CaseKind::Complaint:
        default: return s.get("case.kind.complaint");
    }
}

// The phone number as the resident typed it, masked the way the kiosk shows numbers: 138****8000.
std::string maskedPhone(const std::string& digits) {
    if (digits.size() != 11) return core::groupMobile(digits);
    return digits.substr(0, 3) + "****" + digits.substr(7);
}

// One answer: its label, its value, and 修改 at the right. Typed values use `valueFont`.
void answerRow(ScreenContext& ctx, const char* labelKey, const std::string& value, core::CaseStep step,
               ImFont* valueFont, float width) {
    const Layout& l = ctx.layout;
    const std::string& editLabel = ctx.strings.get("case.review.edit");
    const float editW = std::max(widgets::kMinTouchTarget * 1.3f,
                                 widgets::measureText(ctx.fonts.bar, editLabel).x + ctx.fonts.bar->FontSize * 1.2f);
    const float labelW = ctx.fonts.body->FontSize * 2.6f;
    const float valueW = width - labelW - editW - l.gap * 2;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float textH = widgets::measureText(valueFont, value, valueW).y;
    // 修改 keeps the standard button height at 大 and 特大, so all answers stay on one screen.
    const float buttonH = l.barButtonHeight;
    const float rowH = std::max(textH, buttonH);
    // Label and value start level with the middle of the 修改 button when they fit on one line.
    const float textY = at.y + std::max(0.0f, (buttonH - ctx.fonts.body->FontSize * 1.2f) * 0.5f);
    widgets::drawText(dl, ctx.fonts.body, ImVec2(at.x, textY), muted(), ctx.strings.get(labelKey));
    widgets::drawText(dl, valueFont, ImVec2(at.x + labelW + l.gap, textH > buttonH ? at.y : textY), ink(), value,
                      valueW);
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - editW, at.y));
    if (widgets::bigButton(std::string(labelKey) + ".edit", editLabel, ImVec2(editW, buttonH),
                           widgets::ButtonKind::Secondary, ctx.fonts.bar)) {
        ctx.actions.add(CaseAction{caseflow::Edit{step}});
    }
    const float lineY = at.y + rowH + l.gap * 0.5f;
    dl->AddLine(ImVec2(at.x, lineY), ImVec2(at.x + width, lineY), widgets::toImColor(widgets::theme().border), 1.5f);
    ImGui::SetCursorScreenPos(ImVec2(at.x, lineY + l.gap * 0.5f));
    ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace

void drawReviewStep(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseFlow& flow = *c.flow;
    const core::CaseDraft& d = flow.draft();
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    // What the resident typed may hold any GB2312 character: the keyboard font has them all.
    ImFont* typed = ctx.fonts.input ? ctx.fonts.input : ctx.fonts.body;
    if (c.saving) widgets::textBlock(ctx.fonts.body, ink(), s.get("case.review.saving"), width);
    if (c.saveFailed) widgets::textBlock(ctx.fonts.body, ink(), s.get("case.review.save_failed"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.25f));

    // Landscape: the short answers on the left, the description (up to 500 characters) on the right.
    const float columnW = l.portrait ? width : (width - l.gap * 2) * 0.5f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    // Kind and category in one row ("投诉 · 环境卫生"): its 修改 opens the category, whose 返回
    // reaches the kind.
    answerRow(ctx, "case.review.category",
              kindLabel(s, d.kind.value_or(core::CaseKind::Complaint)) + " · " +
                  (flow.category() ? flow.category()->name : ""),
              core::CaseStep::Category, ctx.fonts.body, columnW);
    const core::CommunityPlaces* community = c.catalog->community(d.communityId);
    answerRow(ctx, "case.review.place", (community ? community->name + " · " : "") + d.place, core::CaseStep::Place,
              d.placeTyped ? typed : ctx.fonts.body, columnW);
    const std::string photos = !d.photos.empty() ? std::to_string(d.photos.size())
                               : d.photoLater    ? s.get("case.review.photos_later")
                                                 : s.get("case.review.photos_none");
    answerRow(ctx, "case.review.photos", photos, core::CaseStep::Photo, ctx.fonts.body, columnW);
    answerRow(ctx, "case.review.contact",
              d.contact == core::ContactChoice::Phone ? maskedPhone(d.phoneDigits) : s.get("case.review.anonymous"),
              core::CaseStep::Contact, ctx.fonts.body, columnW);
    ImGui::EndGroup();
    if (!l.portrait) ImGui::SetCursorScreenPos(ImVec2(top.x + columnW + l.gap * 2, top.y));
    answerRow(ctx, "case.review.description", d.description, core::CaseStep::Describe, typed, columnW);
}

void drawReceipt(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    // Landscape: the code (and PIN) on the left, what happens next and the buttons on the right.
    const float leftW = l.portrait ? width : width * 0.45f;
    const float rightW = l.portrait ? width : width - leftW - l.gap * 2;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    widgets::textBlock(ctx.fonts.title, ink(), s.get("case.receipt.title"), leftW);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // The code in the biggest digits the kiosk has: it is what the resident takes home.
    widgets::textBlock(ctx.fonts.body, muted(), s.get("case.receipt.code"), leftW);
    widgets::textBlock(ctx.fonts.display, ink(), core::groupTrackingCode(c.receiptCode), leftW);
    if (!c.receiptPin.empty()) {
        widgets::textBlock(ctx.fonts.body, muted(), s.get("case.receipt.pin"), leftW);
        widgets::textBlock(ctx.fonts.display, ink(), c.receiptPin, leftW);
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    if (!l.portrait) ImGui::SetCursorScreenPos(ImVec2(top.x + leftW + l.gap * 2, top.y));
    ImGui::BeginGroup();
    widgets::textBlock(ctx.fonts.body, ink(), s.get("case.receipt.photo_hint"), rightW);
    widgets::textBlock(ctx.fonts.body, ink(),
                       s.get(c.receiptPin.empty() ? "case.receipt.check_with_phone" : "case.receipt.check_with_pin"),
                       rightW);
    widgets::textBlock(ctx.fonts.body, ink(), s.get("case.receipt.next"), rightW);
    if (!c.receiptTransfer.empty()) {
        widgets::textBlock(ctx.fonts.body, ink(), s.format("case.receipt.transfer", {c.receiptTransfer}), rightW);
    }
    ImGui::Dummy(ImVec2(0, l.gap));
    const std::string& another = s.get("case.receipt.another");
    const std::string& done = s.get("case.receipt.done");
    float anotherW = widgets::measureText(ctx.fonts.title, another).x + ctx.fonts.title->FontSize * 2.0f;
    float doneW = widgets::measureText(ctx.fonts.title, done).x + ctx.fonts.title->FontSize * 3.0f;
    if (anotherW + doneW + l.gap * 2 > rightW) {  // narrow columns and 特大: share the row
        anotherW = (rightW - l.gap * 2) * anotherW / (anotherW + doneW);
        doneW = rightW - l.gap * 2 - anotherW;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (widgets::bigButton("case.receipt.another", another, ImVec2(anotherW, l.buttonHeight * 1.2f),
                           widgets::ButtonKind::Secondary, ctx.fonts.title)) {
        ctx.actions.add(CaseAction{caseflow::Another{}});
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x + anotherW + l.gap * 2, at.y));
    if (widgets::bigButton("case.receipt.done", done, ImVec2(doneW, l.buttonHeight * 1.2f),
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(CaseAction{caseflow::Finish{}});
    }
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
