#include "ui/payout_list_screen.h"

#include <algorithm>
#include <cmath>

#include "core/money_text.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_search_screen.h"
#include "ui/payout_table.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;

// The filter and the search are controls, like the top bar's: the controls' font and height, so
// at 大 and 特大 the rows keep the room (the list is what he came for).
float buttonWidth(const ScreenContext& ctx, const std::string& label) {
    return widgets::measureText(ctx.fonts.bar, label).x + ctx.fonts.bar->FontSize * 1.2f;
}
}  // namespace

void PayoutListScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);

    // The filter opens its own screen (one question per screen); the name search beside it, when
    // pinyin data is available (see docs). Both sit on the title's row when they fit there.
    const bool canSearch = ctx.view.disclosures != nullptr && ctx.view.disclosures->nameSearch() != nullptr;
    const std::string typeLabel = ctx.view.payoutTypeId.empty() || ctx.view.disclosures == nullptr
                                      ? s.get("payouts.all_types")
                                      : ctx.view.disclosures->typeName(ctx.view.payoutTypeId);
    const std::string filterLabel = s.format("payouts.filter", {typeLabel});
    const std::string& searchLabel = s.get("search.open");
    const float filterW = buttonWidth(ctx, filterLabel);
    const float searchW = canSearch ? buttonWidth(ctx, searchLabel) : 0.0f;
    const float buttonsW = filterW + (canSearch ? l.gap + searchW : 0.0f);
    const core::DisclosureIndex* index = ctx.view.disclosures.get();
    const std::vector<const core::Payout*> rows =
        index != nullptr ? index->payouts(ctx.view.communityId, ctx.view.period, ctx.view.payoutTypeId)
                         : std::vector<const core::Payout*>{};
    std::int64_t sum = 0;
    for (const core::Payout* p : rows) sum += p->amountFen;
    DisclosureHeaderExtras extras;
    extras.besideTitleWidth = buttonsW;
    extras.besideTitleHeight = l.barButtonHeight;
    extras.summary = s.format("payouts.summary", {std::to_string(rows.size()), core::formatYuan(sum)});
    if (!drawDisclosureHeader(ctx, "payouts.title", &extras)) return;
    const std::string key = ctx.view.communityId + "|" + ctx.view.period + "|" + ctx.view.payoutTypeId;
    if (key != shownKey_) {
        shownKey_ = key;
        scroll_.reset();
    }

    const bool buttonsOwnRow = extras.besideTitle.x < 0;
    const ImVec2 afterHeader = ImGui::GetCursorScreenPos();
    const ImVec2 buttonsAt = buttonsOwnRow ? afterHeader : extras.besideTitle;
    ImGui::SetCursorScreenPos(buttonsAt);
    const float buttonH = l.barButtonHeight;
    if (widgets::bigButton("payouts.filter", filterLabel, ImVec2(filterW, buttonH), widgets::ButtonKind::Secondary,
                           ctx.fonts.bar)) {
        ctx.actions.add(OpenScreen{core::ScreenId::PayoutTypes});
    }
    // The search goes beside the filter, or under it where the two do not fit on one row.
    const bool stacked = buttonsOwnRow && buttonsW > width;
    const ImVec2 searchAt = stacked ? ImVec2(buttonsAt.x, buttonsAt.y + buttonH + l.gap * 0.5f)
                                    : ImVec2(buttonsAt.x + filterW + l.gap, buttonsAt.y);
    if (canSearch) {
        // The screen's main action: his own name is the quickest way to his own subsidy (the
        // list runs to 22 pages at 特大).
        ImGui::SetCursorScreenPos(searchAt);
        if (widgets::bigButton("payouts.search", searchLabel, ImVec2(searchW, buttonH), widgets::ButtonKind::Primary,
                               ctx.fonts.bar)) {
            ctx.actions.add(EditText{kPayoutSearchField, edit::Clear{}});  // a new search starts empty
            ctx.actions.add(OpenScreen{core::ScreenId::PayoutSearch});
        }
    }
    ImGui::SetCursorScreenPos(afterHeader);
    if (buttonsOwnRow) ImGui::Dummy(ImVec2(width, searchAt.y - buttonsAt.y + buttonH + l.gap * 0.5f));
    if (!extras.summaryShown) {
        // The summary goes beside the buttons when they have a row of their own and it fits there,
        // else on a line of its own.
        const ImVec2 summarySize = widgets::measureText(ctx.fonts.body, extras.summary);
        const float summaryX = buttonsAt.x + buttonsW + l.gap * 2;
        if (buttonsOwnRow && !stacked && summaryX + summarySize.x <= l.contentMax.x) {
            widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body,
                              ImVec2(summaryX, buttonsAt.y + (buttonH - summarySize.y) * 0.5f), ink, extras.summary);
        } else {
            widgets::textBlock(ctx.fonts.body, ink, extras.summary, width);
            ImGui::Dummy(ImVec2(0, l.gap * 0.25f));
        }
    }

    if (rows.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("payouts.empty"), width);
        return;
    }
    const ImVec2 listPos = ImGui::GetCursorScreenPos();
    const ImVec2 listSize(width, l.contentMax.y - listPos.y);
    const PayoutListLayout table = payoutListLayout(ctx, listPos, listSize);
    const PayoutColumns& columns = table.columns;
    drawPayoutHeadings(ctx, columns);
    const ImVec2 rowsPos = ImGui::GetCursorScreenPos();
    widgets::kineticList("payouts.list", ImVec2(width, l.contentMax.y - rowsPos.y), static_cast<int>(rows.size()),
                         columns.rowHeight, scroll_, listLabels(s), ctx.fonts.bar, table.buttonsBelow,
                         [&](int row, ImVec2 min, ImVec2 max) {
                             drawPayoutRow(ctx, columns, *rows[static_cast<std::size_t>(row)], row, min, max);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

}  // namespace kiosk::ui
