// Steps of 反映问题: what happened (keyboards) and how to reach the resident.
#include <algorithm>
#include <iterator>

#include "core/phone_number.h"
#include "ui/case_screen.h"
#include "ui/font_steps.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/choice_card.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// 留手机号 and 不留名, each with its trade-off in plain words. Before a choice both trade-offs
// show in large cards; once chosen, the two become a chip row with the chosen one's trade-off
// under it, which leaves room for the keypad.
void drawContactChoices(ScreenContext& ctx, float width) {
    const core::CaseDraft& draft = ctx.view.caseView.flow->draft();
    const Layout& l = ctx.layout;
    const std::string& mark = ctx.strings.get("chip.selected_mark");
    struct Choice {
        const char* id;
        const char* hint;
        core::ContactChoice value;
    };
    static constexpr Choice kChoices[] = {
        {"case.contact.phone", "case.contact.phone_hint", core::ContactChoice::Phone},
        {"case.contact.anonymous", "case.contact.anonymous_hint", core::ContactChoice::Anonymous},
    };
    auto choose = [&](const Choice& choice) {
        if (choice.value == core::ContactChoice::Phone) {
            ctx.actions.add(CaseAction{caseflow::ChoosePhone{}});
        } else {
            ctx.actions.add(CaseAction{caseflow::ChooseAnonymous{}});
        }
    };
    if (draft.contact == core::ContactChoice::Unanswered) {
        // Landscape: the two cards side by side, one height; portrait: one under the other.
        const int columns = l.portrait ? 1 : 2;
        const float cardW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        float cardH = 0;
        for (const Choice& choice : kChoices) {
            cardH = std::max(
                cardH, widgets::choiceCardHeight(ctx.strings.get(choice.hint), cardW, ctx.fonts.body, ctx.fonts.body));
        }
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (std::size_t i = 0; i < std::size(kChoices); ++i) {
            const Choice& choice = kChoices[i];
            const auto col = static_cast<float>(static_cast<int>(i) % columns);
            const auto row = static_cast<float>(static_cast<int>(i) / columns);
            ImGui::SetCursorScreenPos(
                ImVec2(origin.x + col * (cardW + l.gap), origin.y + row * (cardH + l.gap * 0.5f)));
            if (widgets::choiceCard(choice.id, ctx.strings.get(choice.id), ctx.strings.get(choice.hint),
                                    ImVec2(cardW, cardH), false, mark, ctx.fonts.body, ctx.fonts.body)) {
                choose(choice);
            }
        }
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        return;
    }
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < std::size(kChoices); ++i) {
        items.push_back({kChoices[i].id, ctx.strings.get(kChoices[i].id)});
        if (kChoices[i].value == draft.contact) selected = static_cast<int>(i);
    }
    const int tapped = widgets::chipRow(items, selected, width, ctx.fonts.body, mark);
    if (tapped >= 0) choose(kChoices[static_cast<std::size_t>(tapped)]);
    // A 举报 with a phone number: what matters now is how the number is protected.
    const bool protectedReport = draft.kind == core::CaseKind::Report && draft.contact == core::ContactChoice::Phone;
    widgets::textBlock(
        ctx.fonts.body, protectedReport ? widgets::inkColor() : widgets::mutedInkColor(),
        ctx.strings.get(protectedReport ? "case.contact.protected" : kChoices[static_cast<std::size_t>(selected)].hint),
        width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
}

// The number as typed, grouped 138 0013 8000, and whether it looks right. At the largest title
// step that fits the width on one line and leaves `heightBelow` (the keypad) within `roomBelow`.
void drawPhoneEcho(ScreenContext& ctx, float width, float heightBelow, float roomBelow) {
    const std::string& digits = ctx.view.caseView.flow->draft().phoneDigits;
    const std::string shown = digits.empty() ? "—" : core::groupMobile(digits);
    ImFont* font = largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
        return widgets::measureText(f, "138 0013 8000").x <= width &&
               (f->FontSize + ctx.fonts.body->FontSize) * 1.3f + heightBelow <= roomBelow;
    });
    widgets::textBlock(font, widgets::inkColor(), shown, width);
    const core::PhoneCheck check = core::checkMobile(digits);
    widgets::textBlock(
        ctx.fonts.body, widgets::mutedInkColor(),
        ctx.strings.get(check == core::PhoneCheck::Valid ? "phone.ok" : core::phoneCheckMessageKey(check)), width);
}

// The 3×4 phone layout where it fits, else two rows of six (landscape). In portrait it may reach
// down beside the main action (`bottom`, narrower than `width` there: left of 下一步) — at 特大 the
// phone's layout fits only so.
void drawPhoneKeypad(ScreenContext& ctx, float width, float bottom = 0, float besideMainWidth = 0) {
    const float y = ImGui::GetCursorScreenPos().y;
    const float phoneH = widgets::numericKeypadHeight(ctx.fonts.bar, 3);
    int columns = 6;
    if (ctx.layout.portrait && y + phoneH <= ctx.layout.contentMax.y) {
        columns = 3;
    } else if (ctx.layout.portrait && y + phoneH <= bottom && besideMainWidth >= width * 0.6f) {
        columns = 3;
        width = besideMainWidth;
    }
    const widgets::NumericPress press =
        // Keys at the standard size whatever the text size, as on the other keyboards: their room is fixed.
        widgets::numericKeypad("case.phone.key", width, ctx.fonts.bar, ctx.strings.get("keypad.erase"),
                               ctx.strings.get("keypad.clear"), columns);
    if (press.digit || press.erase || press.clear) {
        ctx.actions.add(CaseAction{caseflow::PhoneKey{press.digit, press.erase, press.clear}});
    }
}

}  // namespace

void drawStepKeyboard(ScreenContext& ctx, TextEntryPanel& panel, ImVec2 min, const MainActionPlace& main,
                      const std::string& placeholder) {
    const Layout& l = ctx.layout;
    if (l.portrait || !main.shown) {
        panel.draw(ctx, min, l.contentMax, placeholder);
        return;
    }
    panel.draw(ctx, min, ImVec2(l.contentMax.x, main.fullBottom), placeholder, l.contentMax.y);
}

void drawDescribeStep(ScreenContext& ctx, TextEntryPanel& panel, const MainActionPlace& main) {
    const Layout& l = ctx.layout;
    // Landscape has no height to spare above the keyboard, nor portrait at 特大; 朗读 and the
    // placeholder still guide.
    const std::string& hint = ctx.strings.get("case.describe.hint");
    const float hintH = widgets::measureText(ctx.fonts.body, hint, contentWidth(ctx)).y;
    const bool hintShown =
        l.portrait &&
        ImGui::GetCursorScreenPos().y + hintH + l.gap * 0.5f + panel.portraitMinHeight(ctx) <= l.contentMax.y;
    if (hintShown) widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), hint, contentWidth(ctx));
    // The field follows the question closely where the hint did not fit: every pixel goes to the keys.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    drawStepKeyboard(ctx, panel, ImVec2(l.contentMin.x, at.y + (hintShown || !l.portrait ? l.gap * 0.5f : 0.0f)), main,
                     ctx.strings.get("case.describe.placeholder"));
}

void drawContactStep(ScreenContext& ctx, float questionTop, const MainActionPlace& main) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseDraft& draft = c.flow->draft();
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    // 举报: how the resident's identity is protected comes first (then under the choice).
    if (draft.kind == core::CaseKind::Report && draft.contact == core::ContactChoice::Unanswered) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.get("case.contact.protected"), width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    const bool phone = draft.contact == core::ContactChoice::Phone;
    if (l.portrait) {
        drawContactChoices(ctx, width);
        if (phone) {
            drawPhoneEcho(ctx, width, widgets::numericKeypadHeight(ctx.fonts.bar, 6),
                          l.contentMax.y - ImGui::GetCursorScreenPos().y);
            drawPhoneKeypad(ctx, std::min(width, 900.0f), main.shown ? main.fullBottom : 0.0f,
                            main.shown ? main.min.x - l.gap * 2 - l.contentMin.x : 0.0f);
        }
        return;
    }
    // Landscape: the choices on the left; the number as typed over its keypad on the right, as
    // on a phone (the main action comes under them).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float left = (width - l.gap) * 0.5f;
    ImGui::BeginGroup();
    drawContactChoices(ctx, draft.contact == core::ContactChoice::Unanswered ? width : left);
    ImGui::EndGroup();
    if (phone) {
        const float rightW = width - left - l.gap;
        const bool questionFitsLeft =
            widgets::measureText(ctx.fonts.title, ctx.strings.get("case.contact.question")).x <= left;
        ImGui::SetCursorScreenPos(ImVec2(at.x + left + l.gap, questionFitsLeft ? questionTop : at.y));
        ImGui::BeginGroup();
        const float keypadH = widgets::numericKeypadHeight(ctx.fonts.bar, 6) + l.gap * 0.5f;
        drawPhoneEcho(ctx, rightW, keypadH, l.contentMax.y - ImGui::GetCursorScreenPos().y);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        drawPhoneKeypad(ctx, rightW);
        ImGui::EndGroup();
    }
}

}  // namespace kiosk::ui
