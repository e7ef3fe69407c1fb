#include "ui/self_records_screen.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/case_catalog.h"
#include "ui/list_labels.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

using Stage = SelfRecordsView::Stage;

float contentWidth(const Layout& l) {
    return l.contentMax.x - l.contentMin.x;
}

// A reader's pad with a card lying on it, drawn: where the card goes, for someone who has never
// used one.
void drawCardOnReader(ImVec2 at, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = widgets::inkColor();
    const float padW = width;
    const float padH = width * 0.42f;
    dl->AddRectFilled(at, ImVec2(at.x + padW, at.y + padH), IM_COL32(90, 90, 96, 255), padH * 0.12f);
    // The card (85.6 × 54 mm) in the pad's middle, with a photo and lines of text.
    const float cardW = padW * 0.62f;
    const float cardH = cardW * 54.0f / 85.6f;
    const ImVec2 card(at.x + (padW - cardW) * 0.5f, at.y + (padH - cardH) * 0.5f);
    widgets::fillRoundedRect(*dl, card, ImVec2(card.x + cardW, card.y + cardH), IM_COL32(236, 226, 196, 255),
                             cardH * 0.08f);
    dl->AddRect(card, ImVec2(card.x + cardW, card.y + cardH), ink, cardH * 0.08f, 0, 2.0f);
    const ImVec2 photo(card.x + cardW * 0.66f, card.y + cardH * 0.16f);
    dl->AddRectFilled(photo, ImVec2(photo.x + cardW * 0.24f, photo.y + cardH * 0.56f), IM_COL32(180, 170, 150, 255));
    for (int i = 0; i < 4; ++i) {
        const float y = card.y + cardH * (0.2f + 0.16f * static_cast<float>(i));
        dl->AddLine(ImVec2(card.x + cardW * 0.08f, y), ImVec2(card.x + cardW * 0.55f, y), IM_COL32(120, 110, 90, 255),
                    cardH * 0.05f);
    }
    ImGui::Dummy(ImVec2(padW, padH));
}

// A bottom row button's width: its label with room around it, at least two touch targets wide.
float bottomButtonWidth(const ScreenContext& ctx, const char* key) {
    return std::max(widgets::kMinTouchTarget * 2.0f,
                    widgets::measureText(ctx.fonts.body, ctx.strings.get(key)).x + ctx.fonts.body->FontSize * 2.0f);
}

// A case's row: the category and where it stands, the day it was filed, its number — each on a
// line of its own (the feature's strings: no copy of them is made for the frame).
std::array<const std::string*, 3> caseLines(const SelfCaseRow& row) {
    return {&row.headline, &row.filed, &row.number};
}

}  // namespace

// Every case row as tall as the tallest needs (a long category wraps at 特大): whole rows a page.
float SelfRecordsScreen::caseRowHeight(const ScreenContext& ctx, const std::vector<SelfCaseRow>& cases, float rowW) {
    float rowH = 0;
    for (const SelfCaseRow& row : cases) {
        float h = ctx.layout.gap * 0.75f;
        for (const std::string* line : caseLines(row)) {
            h += widgets::measureText(ctx.fonts.body, *line, rowW - ctx.layout.gap * 0.5f).y;
        }
        rowH = std::max(rowH, h);
    }
    return rowH;
}

// His cases, newest first: what they are about and where they stand in ink, the day filed and
// the receipt's code muted (no button: he looks, he does not act here).
void SelfRecordsScreen::drawCaseList(ScreenContext& ctx, const std::vector<SelfCaseRow>& cases, ImVec2 size, float rowH,
                                     float columnReserve) {
    const Layout& l = ctx.layout;
    widgets::kineticList(
        "self.cases", size, static_cast<int>(cases.size()), rowH, caseScroll_, listLabels(ctx.strings), ctx.fonts.bar,
        l.portrait,
        [&](int i, ImVec2 min, ImVec2 max) {
            const SelfCaseRow& row = cases[static_cast<std::size_t>(i)];
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float textW = max.x - min.x - l.gap * 0.5f;
            const auto lines = caseLines(row);
            float y = min.y + l.gap * 0.375f;
            for (std::size_t n = 0; n < lines.size(); ++n) {
                const ImU32 color = n == 0 ? widgets::inkColor() : widgets::mutedInkColor();
                widgets::drawText(dl, ctx.fonts.body, ImVec2(min.x + l.gap * 0.25f, y), color, *lines[n], textW);
                y += widgets::measureText(ctx.fonts.body, *lines[n], textW).y;
            }
            dl->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f), widgets::mutedInkColor());
        },
        columnReserve);
    if (caseScroll_.animating()) ctx.actions.requestAnimationFrame();
}

void SelfRecordsScreen::drawContent(ScreenContext& ctx) {
    const SelfRecordsView& v = ctx.view.selfRecords;
    titleRowTop_ = ImGui::GetCursorScreenPos().y;
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("self.title"), contentWidth(ctx.layout));
    titleRowH_ = ImGui::GetCursorScreenPos().y - titleRowTop_;
    ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
    if (!v.available) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get("self.no_reader"), contentWidth(ctx.layout),
                            ctx.layout.gap * 0.5f);
        drawBottomRow(ctx, nullptr, "self.back");
        return;
    }
    if (v.stage != Stage::Records) {  // the next person starts with payouts, at the top
        showCases_ = false;
        caseScroll_ = widgets::KineticScroll{};
    }
    switch (v.stage) {
        case Stage::Consent: drawConsent(ctx); break;
        case Stage::PlaceCard: drawPlaceCard(ctx); break;
        case Stage::Reading:
            widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("self.reading"),
                               contentWidth(ctx.layout));
            drawBottomRow(ctx, "self.decline", "");
            break;
        case Stage::Records: drawRecords(ctx); break;
        case Stage::Problem: drawProblem(ctx); break;
    }
}

void SelfRecordsScreen::drawBottomRow(ScreenContext& ctx, const char* backKey, const char* mainKey,
                                      const UiAction& mainAction) {
    const Layout& l = ctx.layout;
    const float y = l.contentMax.y - l.buttonHeight;
    auto widthOf = [&](const char* key) { return bottomButtonWidth(ctx, key); };
    if (backKey != nullptr) {
        ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, y));
        const std::string id = std::string(backKey);
        if (widgets::bigButton(id, ctx.strings.get(backKey), ImVec2(widthOf(backKey), l.buttonHeight),
                               widgets::ButtonKind::Secondary, ctx.fonts.body)) {
            ctx.actions.add(GoBack{});
        }
    }
    if (mainKey == nullptr || *mainKey == '\0') return;
    const float w = widthOf(mainKey);
    ImGui::SetCursorScreenPos(ImVec2(l.contentMax.x - w, y));
    if (widgets::bigButton(mainKey, ctx.strings.get(mainKey), ImVec2(w, l.buttonHeight), widgets::ButtonKind::Primary,
                           ctx.fonts.body)) {
        ctx.actions.add(mainAction);
    }
}

void SelfRecordsScreen::drawConsent(ScreenContext& ctx) {
    const float width = contentWidth(ctx.layout);
    const char* const keys[] = {"self.consent.what", "self.consent.read", "self.consent.use", "self.consent.keep"};
    // Every word of what he agrees to stands above the buttons: at the body size where it fits,
    // else (特大 in landscape, where its last line ran under 不用了) at 大's body size, the
    // controls' font.
    auto heightIn = [&](ImFont* font) {
        float h = 0;
        for (const char* key : keys)
            h += widgets::measureText(font, ctx.strings.get(key), width).y + ctx.layout.gap * 0.5f;
        return h;
    };
    const float room =
        ctx.layout.contentMax.y - ctx.layout.buttonHeight - ctx.layout.gap * 0.5f - ImGui::GetCursorScreenPos().y;
    ImFont* font = heightIn(ctx.fonts.body) <= room ? ctx.fonts.body : ctx.fonts.bar;
    for (const char* key : keys) {
        widgets::textBlock(font, widgets::inkColor(), ctx.strings.get(key), width);
        ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
    }
    drawBottomRow(ctx, "self.decline", "self.agree", AgreeToReadIdCard{});
}

void SelfRecordsScreen::drawPlaceCard(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const SelfRecordsView& v = ctx.view.selfRecords;
    const float width = contentWidth(l);
    if (!v.noticeKey.empty()) widgets::problemBox(ctx.fonts.body, ctx.strings.get(v.noticeKey), width, l.gap * 0.5f);
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("self.place_card"), width);
    widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.get("self.place_card_where"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // The picture as large as the room above the buttons lets it be.
    const float room = l.contentMax.y - l.buttonHeight - l.gap - ImGui::GetCursorScreenPos().y;
    const float pictureW = std::min({width, room / 0.42f, 900.0f});
    if (pictureW > 120.0f) {
        ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x + (width - pictureW) * 0.5f, ImGui::GetCursorScreenPos().y));
        drawCardOnReader(ImGui::GetCursorScreenPos(), pictureW);
    }
    drawBottomRow(ctx, "self.decline", "");
}

void SelfRecordsScreen::drawRecords(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const SelfRecordsView& v = ctx.view.selfRecords;
    const core::StringTable& s = ctx.strings;
    const float width = contentWidth(l);
    static const std::vector<SelfRecordRow> kNone;
    static const std::vector<SelfCaseRow> kNoCases;
    const std::vector<SelfRecordRow>& rows = v.rows ? *v.rows : kNone;
    const std::vector<SelfCaseRow>& cases = v.cases ? *v.cases : kNoCases;
    // His payouts, or the cases he filed with his phone: one list at a time, the two chosen above
    // it where he has both.
    if (cases.empty()) showCases_ = false;
    if (rows.empty() && !cases.empty()) showCases_ = true;
    // Over his payouts the answer he came for comes first: how many, and whether all were paid.
    const auto unpaid = std::count_if(rows.begin(), rows.end(), [](const SelfRecordRow& r) { return !r.paid; });
    const std::string hello =
        showCases_     ? s.format("self.hello_cases", {std::string(v.name)})
        : rows.empty() ? s.format("self.hello", {std::string(v.name)})
        : unpaid == 0  ? s.format("self.hello_all_paid", {std::string(v.name), std::to_string(rows.size())})
                       : s.format("self.hello_some_unpaid",
                                  {std::string(v.name), std::to_string(rows.size()), std::to_string(unpaid)});
    const std::string& onlyNow = s.get("self.only_now");
    if (rows.empty() && cases.empty()) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), hello, width);
        widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), onlyNow, width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("self.none"), width);
        drawBottomRow(ctx, nullptr, "self.done");
        return;
    }
    // Each payout on its lines — the month and the amount; the type; the date and whether it was
    // paid — with 我要反映 at the right. Every row as tall as the tallest needs (a long type wraps
    // at 特大), so the list pages by whole rows.
    const std::string& report = s.get("payout_detail.report");
    const float reportW = std::max(widgets::kMinTouchTarget * 1.6f,
                                   widgets::measureText(ctx.fonts.body, report).x + ctx.fonts.body->FontSize * 1.2f);
    // Portrait: the list above 完成's row, its page buttons apart from 完成. Landscape: the list
    // takes the whole height, 完成 under ▼ in the page buttons' column (the list narrower where
    // 完成 is wider than that column) — at 大 a page held one payout above an empty row.
    const float doneW = bottomButtonWidth(ctx, "self.done");
    const float sideW = widgets::pagedBox(ImVec2(0, 0), ImVec2(width, 0), ctx.fonts.bar, false).sideWidth;
    const float listW = l.portrait ? width : width - std::max(0.0f, doneW - sideW);
    const float listBottom = l.portrait ? l.contentMax.y - l.buttonHeight - l.gap * 1.5f : l.contentMax.y;
    const float rowW = widgets::pagedBox(ImVec2(0, 0), ImVec2(listW, 0), ctx.fonts.bar, l.portrait).room.x;
    const float textW = rowW - reportW - l.gap * 1.5f;
    // On one line where the width allows it (标准 in landscape); else three lines beside the
    // button — the month and amount, the type, the date and status; else (特大 in portrait, where
    // those wrapped: 城乡居民养老保险补 / 贴) the month and the amount beside the button and the
    // type, the date and status under both, across the row's whole width.
    auto fitsBeside = [&](const std::string& line) { return widgets::measureText(ctx.fonts.body, line).x <= textW; };
    auto oneLineOf = [](const SelfRecordRow& row) {
        return row.month + "  " + row.type + "  " + row.amount + "  " + row.paidOn + "  " + row.status;
    };
    bool oneLine = true;
    bool threeBeside = true;
    for (const SelfRecordRow& row : rows) {
        oneLine = oneLine && fitsBeside(oneLineOf(row));
        threeBeside = threeBeside && fitsBeside(row.month + "  " + row.amount) && fitsBeside(row.type) &&
                      fitsBeside(row.paidOn + "  " + row.status);
    }
    struct RowLine {
        std::string text;
        float width;  // beside the button, or the row's whole width under it
        bool ink;     // the month and amount in ink; the rest muted, but ink where it was not paid
    };
    auto linesOf = [&](const SelfRecordRow& row) {
        if (oneLine) return std::vector<RowLine>{{oneLineOf(row), textW, true}};
        const std::string paid = row.paidOn + "  " + row.status;
        if (threeBeside) {
            return std::vector<RowLine>{
                {row.month + "  " + row.amount, textW, true}, {row.type, textW, false}, {paid, textW, !row.paid}};
        }
        return std::vector<RowLine>{{row.month, textW, true},
                                    {row.amount, textW, true},
                                    {row.type, rowW - l.gap * 0.5f, false},
                                    {paid, rowW - l.gap * 0.5f, !row.paid}};
    };
    auto heightOf = [&](const RowLine& line) { return widgets::measureText(ctx.fonts.body, line.text, line.width).y; };
    float rowH = l.buttonHeight + widgets::kTouchSpacing;  // the buttons of two rows a touch apart
    for (const SelfRecordRow& row : rows) {
        float h = l.gap * 0.5f;
        for (const RowLine& line : linesOf(row)) h += heightOf(line);
        rowH = std::max(rowH, h);
    }
    if (showCases_) rowH = caseRowHeight(ctx, cases, rowW);
    const bool bothKinds = !rows.empty() && !cases.empty();
    const std::vector<widgets::ChipItem> kinds{
        {"self.show.payouts", s.format("self.show_payouts", {std::to_string(rows.size())})},
        {"self.show.cases", s.format("self.show_cases", {std::to_string(cases.size())})}};
    const std::string& mark = s.get("chip.selected_mark");
    // The choice of lists stands at the right of the title's row where it fits there (landscape:
    // the height goes to the rows), else under the greeting.
    // (The ✓ goes on the chosen one: as wide as the wider way round.)
    auto chipsW = [&](int chosen) {
        return widgets::chipWidth(ctx.fonts.bar, (chosen == 0 ? mark : "") + kinds[0].label) + widgets::kTouchSpacing +
               widgets::chipWidth(ctx.fonts.bar, (chosen == 1 ? mark : "") + kinds[1].label);
    };
    const float choiceW = std::max(chipsW(0), chipsW(1));
    const float titleW = widgets::measureText(ctx.fonts.title, s.get("self.title")).x;
    const bool choiceInTitleRow = bothKinds && !l.portrait && titleW + widgets::kTouchSpacing + choiceW <= width &&
                                  titleRowH_ >= widgets::chipHeight(ctx.fonts.bar);
    const float choiceRows = static_cast<float>(widgets::chipRowsNeeded(kinds, 0, width, ctx.fonts.bar, mark));
    const float choiceH = bothKinds && !choiceInTitleRow
                              ? choiceRows * (widgets::chipHeight(ctx.fonts.bar) + widgets::kTouchSpacing)
                              : 0.0f;
    // The list from `top`: its height, and how much of the page buttons' column 完成 takes. In
    // landscape the list takes the whole height, 完成 under ▼ in that column; where that would
    // leave ▲, the page count and ▼ too little room beside a short list (特大), the list stops
    // above 完成's row instead.
    struct ListPlace {
        float height;
        float columnReserve;
    };
    auto listPlaceFrom = [&](float top) {
        ListPlace p{listBottom - top, l.portrait ? 0.0f : l.buttonHeight + widgets::kTouchSpacing};
        const widgets::PagedBox box =
            widgets::pagedBox(ImVec2(0, 0), ImVec2(listW, p.height), ctx.fonts.bar, l.portrait);
        if (!l.portrait && p.height - p.columnReserve + 0.5f < widgets::pageControlsLeastHeight(box, ctx.fonts.bar)) {
            p.height -= l.buttonHeight + l.gap * 1.5f;
            p.columnReserve = 0;
        }
        return p;
    };
    // Whether a list from `top` holds a whole row and, beside it, its page buttons.
    auto listFitsFrom = [&](float top) {
        const ListPlace p = listPlaceFrom(top);
        const widgets::PagedBox box =
            widgets::pagedBox(ImVec2(0, 0), ImVec2(listW, p.height), ctx.fonts.bar, l.portrait);
        return box.room.y + 0.5f >= rowH && p.height + 0.5f >= widgets::pageControlsLeastHeight(box, ctx.fonts.bar);
    };
    // His name, and that it is for now only — where the list still fits under them (特大 in
    // landscape has room for the greeting and one row).
    widgets::textBlock(ctx.fonts.body, widgets::inkColor(), hello, width);
    const float onlyNowH = widgets::measureText(ctx.fonts.body, onlyNow, width).y;
    if (listFitsFrom(ImGui::GetCursorScreenPos().y + onlyNowH + l.gap * 0.5f + choiceH)) {
        widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), onlyNow, width);
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    if (bothKinds) {
        const ImVec2 under = ImGui::GetCursorScreenPos();
        if (choiceInTitleRow) {
            const float y = titleRowTop_ + (titleRowH_ - widgets::chipHeight(ctx.fonts.bar)) * 0.5f;
            ImGui::SetCursorScreenPos(ImVec2(l.contentMax.x - choiceW, y));
        }
        const int tapped =
            widgets::chipRow(kinds, showCases_ ? 1 : 0, choiceInTitleRow ? choiceW : width, ctx.fonts.bar, mark);
        if (tapped >= 0) showCases_ = tapped == 1;
        if (choiceInTitleRow) {
            ImGui::SetCursorScreenPos(under);
        } else {
            ImGui::Dummy(ImVec2(0, widgets::kTouchSpacing));
        }
    }
    const ListPlace place = listPlaceFrom(ImGui::GetCursorScreenPos().y);
    const float listH = place.height;
    const float columnReserve = place.columnReserve;
    if (showCases_) {
        drawCaseList(ctx, cases, ImVec2(listW, listH), rowH, columnReserve);
        drawBottomRow(ctx, nullptr, "self.done");
        return;
    }
    widgets::kineticList(
        "self.rows", ImVec2(listW, listH), static_cast<int>(rows.size()), rowH, scroll_, listLabels(s), ctx.fonts.bar,
        l.portrait,
        [&](int i, ImVec2 min, ImVec2 max) {
            const SelfRecordRow& row = rows[static_cast<std::size_t>(i)];
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const auto lines = linesOf(row);
            float textH = 0;
            for (const RowLine& line : lines) textH += heightOf(line);
            float y = min.y + (max.y - min.y - textH) * 0.5f;  // in the middle of the row
            for (const RowLine& line : lines) {
                const ImU32 color = line.ink ? widgets::inkColor() : widgets::mutedInkColor();
                widgets::drawText(dl, ctx.fonts.body, ImVec2(min.x + l.gap * 0.25f, y), color, line.text, line.width);
                y += heightOf(line);
            }
            // The button in the middle of the lines beside it (all of them, but for the last layout's first two).
            const float besideH = threeBeside || oneLine ? max.y - min.y : heightOf(lines[0]) + heightOf(lines[1]);
            const float besideTop = threeBeside || oneLine ? min.y : min.y + (max.y - min.y - textH) * 0.5f;
            ImGui::SetCursorScreenPos(ImVec2(max.x - reportW, besideTop + (besideH - l.buttonHeight) * 0.5f));
            if (widgets::bigButton("self.report." + std::to_string(i), report, ImVec2(reportW, l.buttonHeight),
                                   widgets::ButtonKind::Secondary, ctx.fonts.body)) {
                ctx.actions.add(StartCaseAbout{core::kPayoutCategoryCode, row.communityId, row.reportAbout});
            }
            dl->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f), widgets::mutedInkColor());
        },
        columnReserve);
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
    drawBottomRow(ctx, nullptr, "self.done");
}

void SelfRecordsScreen::drawProblem(ScreenContext& ctx) {
    const SelfRecordsView& v = ctx.view.selfRecords;
    widgets::problemBox(ctx.fonts.body, ctx.strings.get(v.problemKey), contentWidth(ctx.layout), ctx.layout.gap * 0.5f);
    drawBottomRow(ctx, nullptr, "self.back");
}

}  // namespace kiosk::ui
