#include "ui/finance_screen.h"

#include <algorithm>
#include <cmath>

#include "core/money_text.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_list_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

using widgets::toImColor;

struct TableRow {
    std::string label;
    std::string amount;
    bool strong = false;  // totals and the balance: drawn on a shaded band
};

// One table row: label left, amount right-aligned (numbers line up by their last digit).
void drawTableRow(ImFont* font, const TableRow& row, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (row.strong) dl->AddRectFilled(min, max, toImColor(widgets::theme().secondaryPressed));
    const ImU32 ink = toImColor(widgets::theme().text);
    const float textY = min.y + (max.y - min.y - font->FontSize) * 0.5f;
    widgets::drawText(dl, font, ImVec2(min.x + font->FontSize * 0.3f, textY), ink, row.label);
    const float amountW = widgets::measureText(font, row.amount).x;
    widgets::drawText(dl, font, ImVec2(max.x - amountW - font->FontSize * 0.3f, textY), ink, row.amount);
}

std::string yuan(const ScreenContext& ctx, std::int64_t fen) {
    return ctx.strings.format("payouts.yuan", {core::formatYuan(fen)});
}

// The height of a bar of the spending chart.
float chartBarHeight(const ScreenContext& ctx) {
    return std::round(ctx.fonts.body->FontSize * 1.4f);
}

// Horizontal bars of spending by category, longest first; every bar carries its words and amount,
// so the chart never relies on colour or length alone. Where not every category has room for a
// bar, the last bar that fits sums the rest ("其余 3 项"), so the bars still add up.
void drawSpendingChart(const ScreenContext& ctx, const core::FinanceStatement& f, ImVec2 origin, ImVec2 size) {
    ImFont* font = ctx.fonts.body;
    struct Bar {
        std::string label;
        std::int64_t fen = 0;
    };
    std::vector<const core::FinanceLine*> spending;
    for (const auto& line : f.lines) {
        if (!line.isIncome) spending.push_back(&line);
    }
    std::sort(spending.begin(), spending.end(),
              [](const core::FinanceLine* a, const core::FinanceLine* b) { return a->amountFen > b->amountFen; });
    if (spending.empty()) return;
    const float barH = chartBarHeight(ctx);
    const auto room = static_cast<std::size_t>(std::max(1.0f, std::floor(size.y / barH)));
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < spending.size(); ++i) {
        if (bars.size() + 1 == room && i + 1 < spending.size()) {
            Bar rest{ctx.strings.format("finances.rest", {std::to_string(spending.size() - i)}), 0};
            for (std::size_t j = i; j < spending.size(); ++j) rest.fen += spending[j]->amountFen;
            bars.push_back(rest);
            break;
        }
        bars.push_back({spending[i]->category, spending[i]->amountFen});
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    std::int64_t maxFen = 1;
    float labelW = 0;
    float amountW = 0;
    for (const Bar& bar : bars) {
        maxFen = std::max(maxFen, bar.fen);
        labelW = std::max(labelW, widgets::measureText(font, bar.label).x);
        amountW = std::max(amountW, widgets::measureText(font, yuan(ctx, bar.fen)).x);
    }
    const float barX = origin.x + labelW + font->FontSize * 0.5f;
    const float barMax = std::max(font->FontSize, origin.x + size.x - barX - amountW - font->FontSize * 0.6f);
    const ImU32 ink = toImColor(widgets::theme().text);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const float y = origin.y + static_cast<float>(i) * barH;
        const float textY = y + (barH - font->FontSize) * 0.5f;
        widgets::drawText(dl, font, ImVec2(origin.x, textY), ink, bars[i].label);
        const float w = barMax * static_cast<float>(bars[i].fen) / static_cast<float>(maxFen);
        dl->AddRectFilled(ImVec2(barX, y + barH * 0.15f), ImVec2(barX + std::max(4.0f, w), y + barH * 0.85f),
                          toImColor(widgets::theme().primary));
        widgets::drawText(dl, font, ImVec2(barX + w + font->FontSize * 0.3f, textY), ink, yuan(ctx, bars[i].fen));
    }
}

}  // namespace

void FinanceScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "finances.title");
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    const core::FinanceStatement* f = index.finance(ctx.view.communityId, ctx.view.period);
    if (!f) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("finances.empty"), width);
        return;
    }

    std::int64_t income = 0;
    std::int64_t expense = 0;
    for (const auto& line : f->lines) (line.isIncome ? income : expense) += line.amountFen;
    // The feed gives the balance at the month's end; the opening balance is what makes the sum
    // read true: opening + income - spending = closing.
    const std::int64_t opening = f->balanceFen - income + expense;
    // The four figures residents ask about first, as the sum they make:
    // 期初结余 + 收入合计 − 支出合计 = 期末结余.
    const std::pair<std::string, std::int64_t> figures[] = {
        {s.get("finances.opening"), opening},
        {s.get("finances.plus") + s.get("finances.income_total"), income},
        {s.get("finances.minus") + s.get("finances.expense_total"), expense},
        {s.get("finances.equals") + s.get("finances.balance"), f->balanceFen}};
    // The statement in the order it is read: the opening balance, each side's lines and total,
    // the closing balance.
    std::vector<TableRow> rows;
    rows.push_back({s.get("finances.opening"), yuan(ctx, opening), true});
    rows.push_back({s.get("finances.income"), "", true});
    for (const auto& line : f->lines) {
        if (line.isIncome) rows.push_back({line.category, yuan(ctx, line.amountFen)});
    }
    rows.push_back({s.get("finances.income_total"), yuan(ctx, income), true});
    rows.push_back({s.get("finances.expense"), "", true});
    for (const auto& line : f->lines) {
        if (!line.isIncome) rows.push_back({line.category, yuan(ctx, line.amountFen)});
    }
    rows.push_back({s.get("finances.expense_total"), yuan(ctx, expense), true});
    rows.push_back({s.get("finances.balance"), yuan(ctx, f->balanceFen), true});

    // The table's width (landscape: half, or what its widest label and amount need beside its
    // page buttons) and whether the spending chart has room beside it.
    float labelW = 0;
    float amountW = 0;
    for (const TableRow& row : rows) {
        labelW = std::max(labelW, widgets::measureText(ctx.fonts.body, row.label).x);
        amountW = std::max(amountW, widgets::measureText(ctx.fonts.body, row.amount).x);
    }
    for (const auto& figure : figures) {  // the table's first rows where the boxes give way
        labelW = std::max(labelW, widgets::measureText(ctx.fonts.body, figure.first).x);
    }
    const float sideWidth = widgets::pagedBox(ImVec2(0, 0), ImVec2(width, 0), ctx.fonts.bar, false).sideWidth;
    const float tableNeedsW = labelW + amountW + ctx.fonts.body->FontSize * 1.6f + sideWidth + l.gap;
    const float tableW = l.portrait ? width : std::min(width, std::max(width * 0.5f, tableNeedsW));
    const float chartLeastW = labelW + amountW + ctx.fonts.body->FontSize * 3.0f;
    const float besideW = width - tableW - l.gap * 2;
    const bool chartBeside = !l.portrait && besideW >= chartLeastW;

    // The four figures stand in boxes above the table: four across where their amounts fit, else
    // two by two; in landscape where the chart has no room beside the table (大), one under the
    // other there instead. Where the boxes would leave the table fewer than three rows (特大), the
    // table's first page is the sum instead (see below).
    ImFont* figureFont = ctx.fonts.body;
    const float pad = figureFont->FontSize * 0.3f;
    const float boxH = figureFont->FontSize * 2.5f;
    float widestLabel = 0;
    float widestAmount = 0;
    for (const auto& [label, fen] : figures) {
        widestLabel = std::max(widestLabel, widgets::measureText(figureFont, label).x);
        widestAmount = std::max(widestAmount,
                                widgets::measureText(figureFont, s.format("payouts.yuan", {core::formatYuan(fen)})).x);
    }
    const float widest = std::max(widestLabel, widestAmount);
    // A box holds its label over its amount, or (beside the table, where the width allows) the
    // two on one line, the amount at the right.
    auto drawFigure = [&](const std::pair<std::string, std::int64_t>& figure, ImVec2 min, float boxW, bool oneLine) {
        const float h = oneLine ? figureFont->FontSize * 1.6f : boxH;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        widgets::fillRoundedRect(*dl, min, ImVec2(min.x + boxW, min.y + h), toImColor(widgets::theme().surface), 12.0f);
        dl->AddRect(min, ImVec2(min.x + boxW, min.y + h), toImColor(widgets::theme().border), 12.0f, 0, 2.0f);
        widgets::drawText(dl, figureFont, ImVec2(min.x + pad * 2, min.y + pad), toImColor(widgets::theme().textMuted),
                          figure.first);
        const std::string amount = s.format("payouts.yuan", {core::formatYuan(figure.second)});
        const ImVec2 amountAt =
            oneLine ? ImVec2(min.x + boxW - pad * 2 - widgets::measureText(figureFont, amount).x, min.y + pad)
                    : ImVec2(min.x + pad * 2, min.y + pad + figureFont->FontSize);
        widgets::drawText(dl, figureFont, amountAt, ink, amount);
    };
    const bool besideOneLine = besideW >= widestLabel + widestAmount + pad * 5;
    const float besideBoxH = besideOneLine ? figureFont->FontSize * 1.6f : boxH;
    const float columnH = besideBoxH * 4 + l.gap * 0.25f * 3;
    const bool figuresBeside = !l.portrait && !chartBeside && besideW >= widest + pad * 4 &&
                               ImGui::GetCursorScreenPos().y + columnH <= l.contentMax.y;
    bool boxesShown = figuresBeside;
    if (!figuresBeside) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const int across = (width - l.gap * 3) / 4 >= widest + pad * 4 ? 4 : 2;
        const float boxW = (width - l.gap * static_cast<float>(across - 1)) / static_cast<float>(across);
        const float rowsOfBoxes = across == 4 ? 1.0f : 2.0f;
        const float boxesH = rowsOfBoxes * boxH + (rowsOfBoxes - 1) * l.gap * 0.5f + l.gap * 0.5f;
        // The table's strong rows say the same: where the boxes would leave it fewer than three
        // rows, the table goes without them.
        const float tableLeast =
            figureFont->FontSize * (1.4f + 1.35f * 3) + (l.portrait ? l.buttonHeight + l.gap : 0.0f);
        boxesShown = l.contentMax.y - top.y - boxesH >= tableLeast + figureFont->FontSize;
        for (int i = 0; i < (boxesShown ? 4 : 0); ++i) {
            drawFigure(figures[i],
                       ImVec2(top.x + static_cast<float>(i % across) * (boxW + l.gap),
                              top.y + static_cast<float>(i / across) * (boxH + l.gap * 0.5f)),
                       boxW, false);
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + (boxesShown ? boxesH : 0.0f)));
    }
    // Without the boxes, the table starts with the sum, the four figures as its strong rows, and
    // then each side's lines: the first page reads 期初 + 收入 − 支出 = 期末 at any size.
    if (!boxesShown) {
        std::vector<TableRow> sumFirst;
        for (const auto& [label, fen] : figures) sumFirst.push_back({label, yuan(ctx, fen), true});
        for (const TableRow& row : rows) {
            if (!row.amount.empty() && row.strong) continue;  // the totals and balances: said above
            sumFirst.push_back(row);
        }
        rows = std::move(sumFirst);
    }

    // The table scrolls (drag or page buttons) when it is taller than its room: landscape gives it
    // the left half, portrait the upper part with the chart below.
    // The table has its heading, so 下一页 beside it plainly pages the table; where the heading
    // would cost the table a row of five or fewer (特大 in landscape), the rows go without it:
    // their own labels (期初结余, 收入, …) say what they are.
    // Rows are 1.25–1.45 lines tall; in landscape, where the table has the screen's height, as
    // many as fit at 1.25 share it exactly, so no band of a half row is left empty below.
    const float leastRowH = ctx.fonts.body->FontSize * 1.25f;
    float rowH = ctx.fonts.body->FontSize * 1.35f;
    const float headingH = ctx.fonts.body->FontSize * 1.4f;
    const ImVec2 headingAt = ImGui::GetCursorScreenPos();
    const float rowsWithoutHeading = std::floor((l.contentMax.y - headingAt.y) / leastRowH);
    const bool headingShown = l.portrait || chartBeside || rowsWithoutHeading > 5 ||
                              std::floor((l.contentMax.y - headingAt.y - headingH) / leastRowH) == rowsWithoutHeading;
    if (headingShown) {
        widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, headingAt, ink, s.get("finances.table_title"));
        ImGui::SetCursorScreenPos(ImVec2(headingAt.x, headingAt.y + headingH));
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - origin.y;
    if (!l.portrait) {
        const float rowsFitting = std::max(1.0f, std::floor(available / leastRowH));
        rowH = std::min(ctx.fonts.body->FontSize * 1.45f, available / rowsFitting);
    }
    if (figuresBeside) {
        for (int i = 0; i < 4; ++i) {
            const float y = headingAt.y + static_cast<float>(i) * (besideBoxH + l.gap * 0.25f);
            drawFigure(figures[i], ImVec2(origin.x + tableW + l.gap * 2, y), besideW, besideOneLine);
        }
    }
    // Portrait: the table takes what it needs, leaving the chart its title and three bars at least.
    const float chartLeast = ctx.fonts.body->FontSize * 1.4f + chartBarHeight(ctx) * 3 + l.gap;
    const widgets::PagedBox below = widgets::pagedBox(origin, ImVec2(tableW, available), ctx.fonts.bar, true);
    const float buttonsBelowH = below.belowHeight + widgets::kTouchSpacing;
    const float tableNeeds = rowH * static_cast<float>(rows.size()) + buttonsBelowH;
    // The rows the table keeps on its first page: three, or the whole sum where it starts with it.
    const float leastRows = boxesShown ? 3.0f : 4.0f;
    const float tableLeast = rowH * leastRows + buttonsBelowH;
    // Where the chart would leave the table fewer (特大), the chart gives way: the table says the
    // same in words.
    const bool chartShown = l.portrait ? available - chartLeast >= tableLeast : chartBeside;
    const float tableH = !l.portrait ? available
                         : chartShown
                             ? std::min(tableNeeds, std::max({available * 0.5f, available - chartLeast, tableLeast}))
                             : available;
    widgets::kineticList("finances.table", ImVec2(tableW, tableH), static_cast<int>(rows.size()), rowH, scroll_,
                         listLabels(s), ctx.fonts.bar, l.portrait, [&](int row, ImVec2 min, ImVec2 max) {
                             drawTableRow(ctx.fonts.body, rows[static_cast<std::size_t>(row)], min, max);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
    if (!chartShown) return;
    const ImVec2 chartOrigin =
        l.portrait ? ImVec2(origin.x, origin.y + tableH + l.gap) : ImVec2(origin.x + tableW + l.gap * 2, origin.y);
    const float chartW = l.portrait ? width : width - tableW - l.gap * 2;
    // Landscape: the chart's title sits level with the table's.
    const ImVec2 chartTitleAt = l.portrait ? chartOrigin : ImVec2(chartOrigin.x, headingAt.y);
    widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, chartTitleAt, ink, s.get("finances.chart_title"));
    const ImVec2 barsOrigin(chartOrigin.x, chartTitleAt.y + ctx.fonts.body->FontSize * 1.4f);
    drawSpendingChart(ctx, *f, barsOrigin, ImVec2(chartW, l.contentMax.y - barsOrigin.y));
}

}  // namespace kiosk::ui
