#include "ui/finance_screen.h"

#include <algorithm>

#include "core/money_text.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_list_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
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

// Horizontal bars of spending by category, longest first; every bar carries its words and amount,
// so the chart never relies on colour or length alone.
void drawSpendingChart(ImFont* font, const core::FinanceStatement& f, ImVec2 origin, ImVec2 size) {
    std::vector<const core::FinanceLine*> spending;
    for (const auto& line : f.lines) {
        if (!line.isIncome) spending.push_back(&line);
    }
    std::sort(spending.begin(), spending.end(),
              [](const core::FinanceLine* a, const core::FinanceLine* b) { return a->amountFen > b->amountFen; });
    if (spending.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::int64_t maxFen = std::max<std::int64_t>(1, spending.front()->amountFen);
    float labelW = 0;
    for (const auto* line : spending) labelW = std::max(labelW, widgets::measureText(font, line->category).x);
    const float barH = std::min(font->FontSize * 1.5f, size.y / static_cast<float>(spending.size()));
    const float barX = origin.x + labelW + font->FontSize * 0.5f;
    const float barMax = std::max(font->FontSize, origin.x + size.x - barX - font->FontSize * 6.5f);
    const ImU32 ink = toImColor(widgets::theme().text);
    for (std::size_t i = 0; i < spending.size(); ++i) {
        const float y = origin.y + static_cast<float>(i) * barH;
        const float textY = y + (barH - font->FontSize) * 0.5f;
        widgets::drawText(dl, font, ImVec2(origin.x, textY), ink, spending[i]->category);
        const float w = barMax * static_cast<float>(spending[i]->amountFen) / static_cast<float>(maxFen);
        dl->AddRectFilled(ImVec2(barX, y + barH * 0.15f), ImVec2(barX + std::max(4.0f, w), y + barH * 0.85f),
                          toImColor(widgets::theme().primary));
        widgets::drawText(dl, font, ImVec2(barX + w + font->FontSize * 0.3f, textY), ink,
                          core::formatYuan(spending[i]->amountFen));
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

    std::vector<TableRow> rows;
    std::int64_t income = 0;
    std::int64_t expense = 0;
    rows.push_back({s.get("finances.income"), "", true});
    for (const auto& line : f->lines) {
        if (line.isIncome) {
            rows.push_back({line.category, core::formatYuan(line.amountFen)});
            income += line.amountFen;
        }
    }
    rows.push_back({s.get("finances.income_total"), core::formatYuan(income), true});
    rows.push_back({s.get("finances.expense"), "", true});
    for (const auto& line : f->lines) {
        if (!line.isIncome) {
            rows.push_back({line.category, core::formatYuan(line.amountFen)});
            expense += line.amountFen;
        }
    }
    rows.push_back({s.get("finances.expense_total"), core::formatYuan(expense), true});
    rows.push_back({s.get("finances.balance"), core::formatYuan(f->balanceFen), true});

    // The three figures residents ask about first, always in view: label over amount.
    {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const std::pair<const char*, std::int64_t> figures[] = {{"finances.income_total", income},
                                                                {"finances.expense_total", expense},
                                                                {"finances.balance", f->balanceFen}};
        const float boxW = (width - l.gap * 2) / 3;
        const float boxH = ctx.fonts.body->FontSize * 2.5f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (int i = 0; i < 3; ++i) {
            const ImVec2 min(top.x + static_cast<float>(i) * (boxW + l.gap), top.y);
            dl->AddRectFilled(min, ImVec2(min.x + boxW, min.y + boxH), toImColor(widgets::theme().surface), 12.0f);
            dl->AddRect(min, ImVec2(min.x + boxW, min.y + boxH), toImColor(widgets::theme().border), 12.0f, 0, 2.0f);
            const float pad = ctx.fonts.body->FontSize * 0.3f;
            widgets::drawText(dl, ctx.fonts.body, ImVec2(min.x + pad * 2, min.y + pad),
                              toImColor(widgets::theme().textMuted), s.get(figures[i].first));
            const std::string amount = s.format("payouts.yuan", {core::formatYuan(figures[i].second)});
            widgets::drawText(dl, ctx.fonts.body, ImVec2(min.x + pad * 2, min.y + pad + ctx.fonts.body->FontSize), ink,
                              amount);
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + boxH + l.gap * 0.5f));
    }

    // The table scrolls (drag or page buttons) when it is taller than its room: landscape gives it
    // the left half, portrait the upper part with the chart below.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float rowH = ctx.fonts.body->FontSize * 1.35f;
    const float available = l.contentMax.y - origin.y;
    const float tableW = l.portrait ? width : width * 0.5f;
    const float tableH = l.portrait ? std::min(available * 0.58f, rowH * static_cast<float>(rows.size()) +
                                                                      widgets::kMinTouchTarget + widgets::kTouchSpacing)
                                    : available;
    widgets::kineticList("finances.table", ImVec2(tableW, tableH), static_cast<int>(rows.size()), rowH, scroll_,
                         listLabels(s), ctx.fonts.body, l.portrait, [&](int row, ImVec2 min, ImVec2 max) {
                             drawTableRow(ctx.fonts.body, rows[static_cast<std::size_t>(row)], min, max);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
    const ImVec2 chartOrigin =
        l.portrait ? ImVec2(origin.x, origin.y + tableH + l.gap) : ImVec2(origin.x + tableW + l.gap * 2, origin.y);
    const float chartW = l.portrait ? width : width - tableW - l.gap * 2;
    widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, chartOrigin, ink, s.get("finances.chart_title"));
    const ImVec2 barsOrigin(chartOrigin.x, chartOrigin.y + ctx.fonts.body->FontSize * 1.4f);
    drawSpendingChart(ctx.fonts.body, *f, barsOrigin, ImVec2(chartW, l.contentMax.y - barsOrigin.y));
}

}  // namespace kiosk::ui
