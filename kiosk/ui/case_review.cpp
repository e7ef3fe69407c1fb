// Step 7 of 反映问题 (every answer on one screen, each with 修改, then 确认提交) and the receipt.
#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <vector>

#include "core/phone_number.h"
#include "core/tracking_code.h"
#include "ui/case_screen.h"
#include "ui/font_steps.h"
#include "ui/list_labels.h"
#include "ui/print_block.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/kinetic_list.h"
#include "widgets/problem_box.h"
#include "widgets/qr_view.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// 投诉 / 举报 / 咨询建议: the kind's name in the string table ("case.kind.complaint").
std::string kindLabel(const core::StringTable& s, core::CaseKind kind) {
    return s.get("case.kind." + std::string(core::caseKindName(kind)));
}

// The phone number as the resident typed it, masked the way the kiosk shows numbers: 138****8000.
std::string maskedPhone(const std::string& digits) {
    if (digits.size() != 11) return core::groupMobile(digits);
    return digits.substr(0, 3) + "****" + digits.substr(7);
}

struct Answer {
    const char* labelKey;
    std::string value;
    core::CaseStep step;
    ImFont* font;  // typed values use the keyboard font
};

float editButtonWidth(const ScreenContext& ctx) {
    return std::max(
        widgets::kMinTouchTarget * 1.3f,
        widgets::measureText(ctx.fonts.bar, ctx.strings.get("case.review.edit")).x + ctx.fonts.bar->FontSize * 1.2f);
}

float valueWidth(const ScreenContext& ctx, float width) {
    return width - ctx.fonts.body->FontSize * 2.6f - editButtonWidth(ctx) - ctx.layout.gap * 2;
}

// The height of one answer's row, its rule and the gap after it.
float answerHeight(const ScreenContext& ctx, const Answer& a, float width) {
    const float textH = widgets::measureText(a.font, a.value, valueWidth(ctx, width)).y;
    return std::max(textH, ctx.layout.barButtonHeight) + ctx.layout.gap;
}

// One answer at the cursor: its label, its value, and 修改 at the right. `id` names the button.
void answerRow(ScreenContext& ctx, const Answer& a, const std::string& id, float width) {
    const Layout& l = ctx.layout;
    const float editW = editButtonWidth(ctx);
    const float labelW = ctx.fonts.body->FontSize * 2.6f;
    const float valueW = valueWidth(ctx, width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float textH = widgets::measureText(a.font, a.value, valueW).y;
    // 修改 keeps the standard button height at 大 and 特大: the answers are what must be large.
    const float buttonH = l.barButtonHeight;
    const float rowH = std::max(textH, buttonH);
    // Label and value start level with the middle of the 修改 button when they fit on one line.
    const float textY = at.y + std::max(0.0f, (buttonH - ctx.fonts.body->FontSize * 1.2f) * 0.5f);
    widgets::drawText(dl, ctx.fonts.body, ImVec2(at.x, textY), widgets::mutedInkColor(), ctx.strings.get(a.labelKey));
    widgets::drawText(dl, a.font, ImVec2(at.x + labelW + l.gap, textH > buttonH ? at.y : textY), widgets::inkColor(),
                      a.value, valueW);
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - editW, at.y));
    if (widgets::bigButton(id, ctx.strings.get("case.review.edit"), ImVec2(editW, buttonH),
                           widgets::ButtonKind::Secondary, ctx.fonts.bar)) {
        ctx.actions.add(CaseAction{caseflow::Edit{a.step}});
    }
    const float lineY = at.y + rowH + l.gap * 0.5f;
    dl->AddLine(ImVec2(at.x, lineY), ImVec2(at.x + width, lineY), widgets::toImColor(widgets::theme().border), 1.5f);
    ImGui::SetCursorScreenPos(ImVec2(at.x, lineY + l.gap * 0.5f));
    ImGui::Dummy(ImVec2(width, 0));
}

// "这个问题持续多久了？一周以上；…": each answered question with the names of its answers.
std::string detailsText(const core::StringTable& s, const core::CaseCategory& category, const core::CaseDraft& d) {
    std::string text;
    for (const core::CaseQuestion& q : category.questions) {
        const auto it = d.answers.find(q.code);
        if (it == d.answers.end()) continue;
        std::string names;
        for (const core::CaseQuestionOption& o : q.options) {
            if (std::find(it->second.begin(), it->second.end(), o.key) == it->second.end()) continue;
            names += (names.empty() ? "" : "、") + o.name;
        }
        text += (text.empty() ? "" : "；") + q.text + names;
    }
    return text.empty() ? s.get("case.review.details_none") : text;
}

std::vector<Answer> answersOf(const ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseFlow& flow = *c.flow;
    const core::CaseDraft& d = flow.draft();
    const core::StringTable& s = ctx.strings;
    ImFont* typed = ctx.fonts.input ? ctx.fonts.input : ctx.fonts.body;  // all of GB2312
    const core::CommunityPlaces* community = c.catalog->community(d.communityId);
    const std::string photos = !d.photos.empty()
                                   ? s.format("case.review.photos_count", {std::to_string(d.photos.size())})
                               : d.photoLater ? s.get("case.review.photos_later")
                                              : s.get("case.review.photos_none");
    // 再反映一个问题 carried the place and the contact over: said on their rows, where 修改 is.
    auto carried = [&](const std::string& value, bool fromLastCase) {
        return fromLastCase ? value + "\n" + s.get("case.review.from_last_case") : value;
    };
    std::vector<Answer> answers{
        // Kind and category in one row ("投诉 · 环境卫生"): its 修改 opens the category, whose 返回
        // reaches the kind.
        {"case.review.category",
         kindLabel(s, d.kind.value_or(core::CaseKind::Complaint)) + " · " +
             (flow.category() ? flow.category()->name : ""),
         core::CaseStep::Category, ctx.fonts.body},
        {"case.review.place", carried((community ? community->name + " · " : "") + d.place, d.placeFromLastCase),
         core::CaseStep::Place, d.placeTyped ? typed : ctx.fonts.body},
        {"case.review.photos", photos, core::CaseStep::Photo, ctx.fonts.body},
        {"case.review.contact",
         carried(d.contact == core::ContactChoice::Phone ? maskedPhone(d.phoneDigits) : s.get("case.review.anonymous"),
                 d.contactFromLastCase),
         core::CaseStep::Contact, ctx.fonts.body},
        {"case.review.description", d.description, core::CaseStep::Describe, typed},
    };
    if (flow.asksQuestions()) {
        answers.insert(answers.begin() + 1, Answer{"case.review.details", detailsText(s, *flow.category(), d),
                                                   core::CaseStep::Details, ctx.fonts.body});
    }
    return answers;
}

// "这个问题已有人反映": an open case at the same place and category, before a duplicate is saved.
void drawSimilarOffer(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), s.get("case.similar.title"), width);
    widgets::textBlock(ctx.fonts.body, widgets::inkColor(),
                       s.format("case.similar.case", {c.similarDate, core::groupTrackingCode(c.similarCode)}), width);
    ImGui::Dummy(ImVec2(0, l.gap));
    if (c.saving) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("case.review.saving"), width);
        return;
    }
    const float buttonW = l.portrait ? width : (width - l.gap * 2) * 0.5f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    if (widgets::bigButton("case.similar.join", s.get("case.similar.join"), ImVec2(buttonW, l.buttonHeight * 1.2f),
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(CaseAction{caseflow::JoinSimilar{}});
    }
    widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), s.get("case.similar.join_hint"), buttonW);
    ImGui::EndGroup();
    if (l.portrait) {
        ImGui::Dummy(ImVec2(0, l.gap));
    } else {
        ImGui::SetCursorScreenPos(ImVec2(at.x + buttonW + l.gap * 2, at.y));
    }
    if (widgets::bigButton("case.similar.decline", s.get("case.similar.decline"),
                           ImVec2(buttonW, l.buttonHeight * 1.2f), widgets::ButtonKind::Secondary, ctx.fonts.title)) {
        ctx.actions.add(CaseAction{caseflow::DeclineSimilar{}});
    }
}

}  // namespace

void drawReviewStep(ScreenContext& ctx, ReviewPaging& paging, float actionLeft, float fullBottom) {
    const CaseView& c = ctx.view.caseView;
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    if (!c.similarCode.empty()) {
        drawSimilarOffer(ctx);
        return;
    }
    if (c.saving) widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("case.review.saving"), width);
    if (c.saveFailed) widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("case.review.save_failed"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.25f));
    const std::vector<Answer> answers = answersOf(ctx);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - top.y;

    // Landscape: two columns. The answers fill the left one, which reaches down beside the main
    // button (it stands at the right), then the right one, above the button; the description (up
    // to 500 characters) always stands in the right one. Portrait: one column.
    const float columnW = l.portrait ? width : (width - l.gap * 2) * 0.5f;
    const float leftAvailable = !l.portrait && top.x + columnW + l.gap <= actionLeft ? fullBottom - top.y : available;
    std::size_t split = answers.size();  // the first answer of the right column
    bool fits = false;
    if (l.portrait) {
        float h = 0;
        for (const Answer& a : answers) h += answerHeight(ctx, a, columnW);
        fits = h <= available;
    } else {
        float leftH = 0;
        split = 0;
        while (split + 1 < answers.size() && leftH + answerHeight(ctx, answers[split], columnW) <= leftAvailable) {
            leftH += answerHeight(ctx, answers[split], columnW);
            ++split;
        }
        float rightH = 0;
        for (std::size_t i = split; i < answers.size(); ++i) rightH += answerHeight(ctx, answers[i], columnW);
        fits = rightH <= available;
    }
    if (fits) {
        paging.seenAll = true;
        ImGui::BeginGroup();
        for (std::size_t i = 0; i < split && i < answers.size(); ++i) {
            answerRow(ctx, answers[i], std::string(answers[i].labelKey) + ".edit", columnW);
        }
        ImGui::EndGroup();
        if (!l.portrait) {
            ImGui::SetCursorScreenPos(ImVec2(top.x + columnW + l.gap * 2, top.y));
            ImGui::BeginGroup();
            for (std::size_t i = split; i < answers.size(); ++i) {
                answerRow(ctx, answers[i], std::string(answers[i].labelKey) + ".edit", columnW);
            }
            ImGui::EndGroup();
        }
        return;
    }
    // At 大/特大 (or with a long description) the answers page: each page holds the whole answers
    // that fit, each as tall as its own text (a short answer does not take the room of the
    // longest), with "第 2/3 页" and ▲ ▼ under them. Landscape keeps the two columns on every
    // page (the left one down beside the main button, the right one above it, its page buttons
    // under it); portrait has one column. The main button's "▼ 还有，往下看" turns the page too.
    // Every answer has been seen once the last page showed.
    struct Column {
        ImVec2 origin;
        float width = 0;
        float height = 0;
    };
    struct Arrangement {
        std::vector<Column> columns;
        widgets::PagedBox box;  // where the page buttons go: under the last column, or beside it
    };
    // Each page of an arrangement: the first answer of each of its columns; nothing when an
    // answer fits none of the columns whole.
    auto paginate = [&](const Arrangement& a) -> std::optional<std::vector<std::vector<std::size_t>>> {
        std::vector<std::vector<std::size_t>> result;
        for (std::size_t i = 0; i < answers.size();) {
            std::vector<std::size_t> starts;
            const std::size_t pageFirst = i;
            for (const Column& column : a.columns) {
                starts.push_back(i);
                float used = 0;
                while (i < answers.size()) {
                    const float h = answerHeight(ctx, answers[i], column.width - l.gap * 0.5f);
                    if (used + h > column.height) break;
                    used += h;
                    ++i;
                }
            }
            if (i == pageFirst) return std::nullopt;
            result.push_back(std::move(starts));
        }
        return result;
    };
    std::vector<Arrangement> arrangements;
    if (l.portrait) {
        const widgets::PagedBox box = widgets::pagedBox(top, ImVec2(width, available), ctx.fonts.bar, true);
        arrangements.push_back({{{top, box.room.x, box.room.y}}, box});
    } else {
        // One wide column: above the main button at full width, or down beside it. Or two
        // columns a page, as on the unpaged review (the left one down beside the main button, the
        // right one above it with the page buttons under it) where that needs fewer pages: at 大
        // it does; at 特大 narrow columns would wrap every answer.
        const widgets::PagedBox above = widgets::pagedBox(top, ImVec2(width, available), ctx.fonts.bar, false);
        arrangements.push_back({{{top, above.room.x, above.room.y}}, above});
        const widgets::PagedBox beside =
            widgets::pagedBox(top, ImVec2(actionLeft - l.gap - top.x, fullBottom - top.y), ctx.fonts.bar, false);
        arrangements.push_back({{{top, beside.room.x, beside.room.y}}, beside});
        const ImVec2 right(top.x + columnW + l.gap * 2, top.y);
        const widgets::PagedBox rightBox = widgets::pagedBox(right, ImVec2(columnW, available), ctx.fonts.bar, true);
        arrangements.push_back({{{top, columnW, leftAvailable}, {right, columnW, rightBox.room.y}}, rightBox});
    }
    // The arrangement that needs the fewest pages (the first of equals).
    std::size_t chosen = 0;
    std::vector<std::vector<std::size_t>> pageColumns;
    for (std::size_t k = 0; k < arrangements.size(); ++k) {
        auto pagesOf = paginate(arrangements[k]);
        if (pagesOf && (pageColumns.empty() || pagesOf->size() < pageColumns.size())) {
            chosen = k;
            pageColumns = std::move(*pagesOf);
        }
    }
    if (pageColumns.empty()) {  // an answer taller than every column: one a page, in the first
        for (std::size_t i = 0; i < answers.size(); ++i) pageColumns.push_back({i});
        chosen = 0;
    }
    const std::vector<Column>& columns = arrangements[chosen].columns;
    const widgets::PagedBox& box = arrangements[chosen].box;
    const int pages = static_cast<int>(pageColumns.size());
    if (paging.pageDownAsked) {
        paging.pageDownAsked = false;
        ++paging.page;
    }
    paging.page = std::clamp(paging.page, 0, pages - 1);
    if (paging.page == pages - 1) paging.seenAll = true;
    const auto& starts = pageColumns[static_cast<std::size_t>(paging.page)];
    const std::size_t pageEnd =
        paging.page + 1 < pages ? pageColumns[static_cast<std::size_t>(paging.page) + 1].front() : answers.size();
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : pageEnd;
        ImGui::SetCursorScreenPos(ImVec2(columns[k].origin.x + l.gap * 0.5f, columns[k].origin.y));
        ImGui::BeginGroup();
        for (std::size_t i = starts[k]; i < end; ++i) {
            answerRow(ctx, answers[i], std::string(answers[i].labelKey) + ".edit", columns[k].width - l.gap * 0.5f);
        }
        ImGui::EndGroup();
    }
    // Until the last page has shown, the main button is the way down ("▼ 还有，往下看"): the
    // list offers ▲ and its page count, not a second ▼ beside it.
    const widgets::PagePosition at{paging.page + 1, pages, paging.page > 0, paging.seenAll && paging.page + 1 < pages};
    paging.page += widgets::pageControls("case.review.list", box, box.room.y, at, listLabels(s), ctx.fonts.bar);
}

namespace {

// 300–360 px: ~8–10 cm on a hall's 21–24" screen, read by a phone from arm's length.
constexpr float kReceiptQrSide = 360.0f;
constexpr float kMinReceiptQrSide = 220.0f;

// The QR code of the case's page for the resident's phone, with "手机扫码查进度" beside it, above
// the buttons. Left out where it would be too small to scan (特大 leaves no room).
bool receiptQrFits(const std::string& link, float width, float bottom) {
    const float side = std::min({kReceiptQrSide, width * 0.6f, bottom - ImGui::GetCursorScreenPos().y});
    return !link.empty() && side >= kMinReceiptQrSide;
}

// Draws the code when it fits above `bottom` (receiptQrFits), what it does beside it, and `also`
// under that (the photo hint, where it has no room above the code) — at body size where that
// fits beside the code, else at the controls' size.
void drawReceiptQr(ScreenContext& ctx, const std::string& link, bool photoLater, float width, float bottom,
                   const std::string& also = {}) {
    const Layout& l = ctx.layout;
    const float side = std::min({kReceiptQrSide, width * 0.6f, bottom - ImGui::GetCursorScreenPos().y});
    if (!receiptQrFits(link, width, bottom)) return;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    widgets::qrCode("case.receipt.qr", link, side);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    std::string words = ctx.strings.get(photoLater ? "case.receipt.qr_photos" : "case.receipt.qr");
    if (!also.empty()) words += "\n" + also;
    const float wordsW = width - side - l.gap;
    ImFont* font =
        widgets::measureText(ctx.fonts.body, words, wordsW).y + l.gap <= bottom - at.y ? ctx.fonts.body : ctx.fonts.bar;
    widgets::drawText(ImGui::GetWindowDrawList(), font, ImVec2(at.x + side + l.gap, at.y + l.gap),
                      also.empty() ? widgets::mutedInkColor() : widgets::inkColor(), words, wordsW);
    ImGui::SetCursorScreenPos(ImVec2(after.x, after.y + l.gap * 0.5f));
    ImGui::Dummy(ImVec2(width, 0));
}

// 再反映一个问题 and 完成, sharing `width`.
void drawReceiptButtons(ScreenContext& ctx, float rightW) {
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const std::string& another = s.get("case.receipt.another");
    const std::string& done = s.get("case.receipt.done");
    // The largest title step at which both labels fit the row (特大 in a landscape column: smaller).
    auto widths = [&](ImFont* f) {
        return std::pair{widgets::measureText(f, another).x + f->FontSize * 2.0f,
                         widgets::measureText(f, done).x + f->FontSize * 3.0f};
    };
    ImFont* font = largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
        const auto [a, d] = widths(f);
        return a + d + l.gap * 2 <= rightW;
    });
    auto [anotherW, doneW] = widths(font);
    if (anotherW + doneW + l.gap * 2 > rightW) {  // narrow columns: share the row
        anotherW = (rightW - l.gap * 2) * anotherW / (anotherW + doneW);
        doneW = rightW - l.gap * 2 - anotherW;
    }
    // 完成 at the right end, where the main action stands on every step; 再反映 left of it.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float x = at.x + rightW - anotherW - doneW - l.gap * 2;
    ImGui::SetCursorScreenPos(ImVec2(x, at.y));
    if (widgets::bigButton("case.receipt.another", another, ImVec2(anotherW, l.buttonHeight * 1.2f),
                           widgets::ButtonKind::Secondary, font)) {
        ctx.actions.add(CaseAction{caseflow::Another{}});
    }
    ImGui::SetCursorScreenPos(ImVec2(x + anotherW + l.gap * 2, at.y));
    if (widgets::bigButton("case.receipt.done", done, ImVec2(doneW, l.buttonHeight * 1.2f),
                           widgets::ButtonKind::Primary, font)) {
        ctx.actions.add(CaseAction{caseflow::Finish{}});
    }
}

}  // namespace

void drawReceipt(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    // Landscape: the code (and PIN) on the left, what happens next and the buttons on the right.
    const float leftW = l.portrait ? width : width * 0.45f;
    const float rightW = l.portrait ? width : width - leftW - l.gap * 2;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const bool joined = !c.joinedCode.empty();
    if (joined) {
        // Joined an open case: no new code to take home, the one it joined.
        widgets::textBlock(ctx.fonts.title, widgets::inkColor(), s.get("case.joined.title"), width);
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(),
                           s.format("case.joined.body", {core::groupTrackingCode(c.joinedCode)}), width);
        ImGui::SetCursorScreenPos(ImVec2(top.x, l.contentMax.y - l.buttonHeight * 1.2f));
        drawReceiptButtons(ctx, width);
        return;
    }
    // Offline nothing has reached the platform yet: the title says where the case is, not "收到".
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(),
                       s.get(ctx.view.offlineBanner ? "case.receipt.title_offline" : "case.receipt.title"), leftW);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // The code in the biggest digits the kiosk has: it is what the resident takes home.
    widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), s.get("case.receipt.code"), leftW);
    widgets::textBlock(ctx.fonts.display, widgets::inkColor(), core::groupTrackingCode(c.receiptCode), leftW);
    if (!c.receiptPin.empty()) {
        widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), s.get("case.receipt.pin"), leftW);
        widgets::textBlock(ctx.fonts.display, widgets::inkColor(), c.receiptPin, leftW);
    }
    // How to use them: with them where it fits (landscape), else first on the right.
    const std::string& checkWith =
        s.get(c.receiptPin.empty() ? "case.receipt.check_with_phone" : "case.receipt.check_with_pin");
    const bool checkWithLeft =
        l.portrait ||
        ImGui::GetCursorScreenPos().y + widgets::measureText(ctx.fonts.body, checkWith, leftW).y <= l.contentMax.y;
    if (checkWithLeft) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), checkWith, leftW);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    if (!l.portrait) ImGui::SetCursorScreenPos(ImVec2(top.x + leftW + l.gap * 2, top.y));
    // Right (portrait: below): what happens next, then the phone's QR code where it fits, and the
    // buttons at the bottom — 完成 where the main action stands on every step.
    const float buttonsY = l.contentMax.y - l.buttonHeight * 1.2f;
    ImGui::BeginGroup();
    const PrintBlockWords printWords{"print.receipt", "print.receipt", "print.take"};
    const bool printing = ctx.view.print.available;
    // What happens next (and, offline, that it goes by itself): at body size where it fits above
    // the buttons, else smaller (特大 in portrait with the print button above it).
    std::vector<std::string> next;
    if (!checkWithLeft) next.push_back(checkWith);
    next.push_back(s.get("case.receipt.next"));
    if (ctx.view.offlineBanner) next.push_back(s.get("case.receipt.offline"));
    if (!c.receiptTransfer.empty()) next.push_back(s.format("case.receipt.transfer", {c.receiptTransfer}));
    // Where the print button and the sentences do not fit at their sizes above the buttons (特大),
    // the button goes to body size first, then the sentences go smaller; where even the smallest
    // do not fit, 再打印一张 gives way to what came of the print.
    auto nextHeight = [&](ImFont* font) {
        float h = 0;
        for (const std::string& text : next) h += widgets::measureText(font, text, rightW).y;
        return h;
    };
    const float room = buttonsY - l.gap - ImGui::GetCursorScreenPos().y;
    auto blockHeight = [&](PrintBlockRoom blockRoom) {
        return printing ? printBlockHeight(ctx, rightW, printWords, blockRoom) : 0.0f;
    };
    PrintBlockRoom blockRoom = PrintBlockRoom::Full;
    if (blockHeight(blockRoom) + nextHeight(ctx.fonts.body) > room) blockRoom = PrintBlockRoom::Compact;
    if (blockHeight(blockRoom) + nextHeight(ctx.fonts.standard) > room) blockRoom = PrintBlockRoom::Outcome;
    ImFont* nextFont = ctx.fonts.body;
    for (ImFont* smaller : {ctx.fonts.bar, ctx.fonts.standard}) {
        if (blockHeight(blockRoom) + nextHeight(nextFont) > room) nextFont = smaller;
    }
    if (printing) drawPrintBlock(ctx, rightW, printWords, blockRoom);
    for (const std::string& text : next) widgets::textBlock(nextFont, widgets::inkColor(), text, rightW);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // "Scan it, or take a picture of this page": with the code to scan, and where it fits.
    const std::string& photoHint = s.get("case.receipt.photo_hint");
    const float hintH = widgets::measureText(ctx.fonts.body, photoHint, rightW).y + l.gap * 0.5f;
    const float qrBottom = buttonsY - l.gap - hintH;
    if (receiptQrFits(c.receiptLink, rightW, qrBottom)) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), photoHint, rightW);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        drawReceiptQr(ctx, c.receiptLink, c.receiptPhotoLater, rightW, buttonsY - l.gap);
    } else if (receiptQrFits(c.receiptLink, rightW, buttonsY - l.gap)) {
        // 特大: no room for the hint above the code — it goes beside it, under what the code does
        // (the code and the words to keep the page both stay).
        drawReceiptQr(ctx, c.receiptLink, c.receiptPhotoLater, rightW, buttonsY - l.gap,
                      s.get("case.receipt.photo_hint_beside"));
    } else {
        // No room for the code at all: at least the words to keep the page, where they fit.
        const std::string& keep = s.get("case.receipt.photo_only");
        if (ImGui::GetCursorScreenPos().y + widgets::measureText(ctx.fonts.body, keep, rightW).y <= buttonsY - l.gap) {
            widgets::textBlock(ctx.fonts.body, widgets::inkColor(), keep, rightW);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(l.portrait ? top.x : top.x + leftW + l.gap * 2, buttonsY));
    drawReceiptButtons(ctx, rightW);
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
