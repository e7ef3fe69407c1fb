#pragma once
// Payouts as a table: column headings, then one row per payout that opens its detail (a › at the
// row's end says so). Where the five columns (姓名 · 补贴类型 · 金额 · 发放日期 · 状态) fit on one
// line they are columns; on a narrow screen or at a big text size each row takes two lines (name
// and amount; type, then date and status on the right), or three where the second line does not
// fit (date and status on a line of their own), under a heading of one or two lines in the same
// places. Shared by the list and the name search.
#include <imgui.h>

#include "core/disclosures.h"
#include "ui/screen.h"

namespace kiosk::ui {

struct PayoutColumns {
    int lines = 1;        // lines a row takes: 1 (columns), 2 or 3
    float width = 0;      // the table's width
    float pad = 0;        // inside each row's left and right edge
    float typeX = 0;      // one-line rows: where each column starts, from the row's left edge
    float amountEnd = 0;  // amounts are right-aligned on this edge
    float dateX = 0;
    float statusX = 0;
    float rowHeight = 0;
    float headingHeight = 0;  // 0: no heading (there is room for a row only)
};

// The string key of a payout's status (已发放 / 待发放 / 已退回): the table and the detail say it alike.
const char* payoutStatusKey(core::PayoutStatus status);

// How payouts are laid out in a table `width` px wide with the body font.
PayoutColumns payoutColumns(const ScreenContext& ctx, float width);

// A list of payouts at `origin` in at most `size`: where its page buttons go (beside it in
// landscape, unless under it lets each row take fewer lines) and how its rows are laid out.
struct PayoutListLayout {
    bool buttonsBelow = false;
    PayoutColumns columns;
};
PayoutListLayout payoutListLayout(const ScreenContext& ctx, ImVec2 origin, ImVec2 size);

// The headings at the cursor; the cursor moves below them.
void drawPayoutHeadings(ScreenContext& ctx, const PayoutColumns& columns);

// One payout as a list row in [min, max]; tapping it opens the detail.
void drawPayoutRow(ScreenContext& ctx, const PayoutColumns& columns, const core::Payout& p, int row, ImVec2 min,
                   ImVec2 max);

}  // namespace kiosk::ui
