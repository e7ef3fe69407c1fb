#include "ui/payout_search_screen.h"

#include <algorithm>

#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_table.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/letter_keypad.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;

// "wdh" -> "W D H": spaced capitals are easier to check at a glance.
std::string spacedCapitals(const std::string& query) {
    std::string out;
    for (char c : query) {
        if (!out.empty()) out += ' ';
        out += static_cast<char>(c - 'a' + 'A');
    }
    return out;
}
}  // namespace

void PayoutSearchScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "search.title");
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    if (!index.nameSearch()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("search.unavailable"), width);
        return;
    }
    // The hint, where it leaves room for what was typed, 查看结果 and the keypad under it.
    const int keypadColumns = l.portrait ? 7 : 13;
    const float keypadH = widgets::letterKeypadHeight(keypadColumns, ctx.fonts.body);
    const std::string& hint = s.get("search.hint");
    const float typedRowH = std::max(ctx.fonts.title->FontSize, l.buttonHeight) + l.gap;
    if (ImGui::GetCursorScreenPos().y + widgets::measureText(ctx.fonts.body, hint, width).y + typedRowH + keypadH <=
        l.contentMax.y) {
        widgets::textBlock(ctx.fonts.body, toImColor(widgets::theme().textMuted), hint, width);
    }

    const std::string& query = ctx.view.nameQuery;
    if (query != shownQuery_) {
        shownQuery_ = query;
        scroll_.reset();
    }
    const auto rows = index.nameSearch()->filter(index.payouts(ctx.view.communityId, ctx.view.period), query);
    const std::string typed =
        query.empty() ? s.get("search.nothing_typed") : s.format("search.typed", {spacedCapitals(query)});
    const std::string found =
        query.empty() ? std::string{} : "    " + s.format("search.results", {std::to_string(rows.size())});
    if (query.empty() || rows.empty()) showingResults_ = false;
    // 查看结果 (the results on the whole screen) beside what was typed, or under it.
    const std::string& showLabel = s.get(showingResults_ ? "search.type_more" : "search.show_results");
    const float showW = widgets::measureText(ctx.fonts.body, showLabel).x + ctx.fonts.body->FontSize * 1.2f;
    const ImVec2 typedAt = ImGui::GetCursorScreenPos();
    const ImVec2 typedSize = widgets::measureText(ctx.fonts.title, typed + found);
    const bool showBeside = typedSize.x + l.gap * 2 + showW <= width;
    widgets::textBlock(ctx.fonts.title, ink, typed + found, width);
    if (!rows.empty() && !query.empty()) {
        const ImVec2 showAt =
            showBeside ? ImVec2(l.contentMax.x - showW, typedAt.y) : ImVec2(typedAt.x, ImGui::GetCursorScreenPos().y);
        ImGui::SetCursorScreenPos(showAt);
        if (widgets::bigButton(
                showingResults_ ? "search.type_more" : "search.show_results", showLabel, ImVec2(showW, l.buttonHeight),
                showingResults_ ? widgets::ButtonKind::Secondary : widgets::ButtonKind::Primary, ctx.fonts.body)) {
            showingResults_ = !showingResults_;
        }
        const float below = std::max(showAt.y + l.buttonHeight, typedAt.y + typedSize.y);
        ImGui::SetCursorScreenPos(ImVec2(typedAt.x, below + l.gap));
    }

    // The keypad takes the bottom of the screen; results fill what is left above it where a
    // heading and one whole row fit there. 查看结果 gives them the screen's whole height in place
    // of the keypad (the only way to see them at a big text size); 继续输入 brings the keypad back.
    const ImVec2 listPos = ImGui::GetCursorScreenPos();
    const float besideKeypadH = l.contentMax.y - listPos.y - keypadH - l.gap;
    const PayoutListLayout besideKeypad = payoutListLayout(ctx, listPos, ImVec2(width, besideKeypadH));
    const bool fitsBesideKeypad = besideKeypadH >= besideKeypad.columns.headingHeight + besideKeypad.columns.rowHeight +
                                                       (besideKeypad.buttonsBelow ? l.buttonHeight + l.gap : 0.0f);
    if (!query.empty() && rows.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("search.none"), width);
    } else if (!query.empty() && (fitsBesideKeypad || showingResults_)) {
        const float listH = showingResults_ ? l.contentMax.y - listPos.y : besideKeypadH;
        const PayoutListLayout table = payoutListLayout(ctx, listPos, ImVec2(width, listH));
        const PayoutColumns& columns = table.columns;
        drawPayoutHeadings(ctx, columns);
        widgets::kineticList("search.results",
                             ImVec2(width, std::max(listH - columns.headingHeight, columns.rowHeight)),
                             static_cast<int>(rows.size()), columns.rowHeight, scroll_, listLabels(s), ctx.fonts.body,
                             table.buttonsBelow, [&](int row, ImVec2 min, ImVec2 max) {
                                 drawPayoutRow(ctx, columns, *rows[static_cast<std::size_t>(row)], row, min, max);
                             });
        if (scroll_.animating()) ctx.actions.requestAnimationFrame();
    }
    if (showingResults_) return;
    ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, l.contentMax.y - keypadH));
    const widgets::KeypadPress press = widgets::letterKeypad("search.key", width, keypadColumns, ctx.fonts.body,
                                                             {s.get("search.erase"), s.get("search.clear")});
    if (press.letter && query.size() < 24) ctx.actions.add(SetNameQuery{query + press.letter});
    if (press.erase && !query.empty()) ctx.actions.add(SetNameQuery{query.substr(0, query.size() - 1)});
    if (press.clear) ctx.actions.add(SetNameQuery{""});
}

}  // namespace kiosk::ui
