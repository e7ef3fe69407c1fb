#include "ui/payout_search_screen.h"

#include <algorithm>

#include "core/name_search.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_table.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;

// What the line above the results says: before anything is typed, how to give the name; then
// how many were found, or why there is nothing to show.
std::string resultsLine(const core::StringTable& s, const core::NameQuery& query, std::size_t found) {
    if (query.empty()) return s.get("search.hint");
    if (query.stillTyping) return s.get("search.still_typing");
    if (found > 0) return s.format("search.results", {std::to_string(found)});
    return s.get(query.name.empty() ? "search.none" : "search.none_name");
}
}  // namespace

void PayoutSearchScreen::drawResults(ScreenContext& ctx, const std::vector<const core::Payout*>& rows, ImVec2 at,
                                     ImVec2 size) {
    const PayoutListLayout table = payoutListLayout(ctx, at, size);
    const PayoutColumns& columns = table.columns;
    ImGui::SetCursorScreenPos(at);
    drawPayoutHeadings(ctx, columns);
    widgets::kineticList("search.results", ImVec2(size.x, std::max(size.y - columns.headingHeight, columns.rowHeight)),
                         static_cast<int>(rows.size()), columns.rowHeight, scroll_, listLabels(ctx.strings),
                         ctx.fonts.bar, table.buttonsBelow, [&](int row, ImVec2 min, ImVec2 max) {
                             drawPayoutRow(ctx, columns, *rows[static_cast<std::size_t>(row)], row, min, max);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

void PayoutSearchScreen::drawShowResultsButton(ScreenContext& ctx, ImVec2 at, float width) {
    const char* id = showingResults_ ? "search.type_more" : "search.show_results";
    ImGui::SetCursorScreenPos(at);
    if (widgets::bigButton(id, ctx.strings.get(id), ImVec2(width, ctx.layout.buttonHeight),
                           showingResults_ ? widgets::ButtonKind::Secondary : widgets::ButtonKind::Primary,
                           ctx.fonts.body)) {
        showingResults_ = !showingResults_;
    }
}

float PayoutSearchScreen::showResultsWidth(const ScreenContext& ctx) const {
    float w = 0;
    for (const char* key : {"search.show_results", "search.type_more"}) {
        w = std::max(w, widgets::measureText(ctx.fonts.body, ctx.strings.get(key)).x);
    }
    return w + ctx.fonts.body->FontSize * 1.2f;
}

void PayoutSearchScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const ImU32 muted = toImColor(widgets::theme().textMuted);
    if (!l.portrait) {
        // Landscape: the title's row holds the keyboard's modes and caret keys (their words left
        // out where the row is short of room); "community · month" goes beside the keyboard.
        const float titleW = widgets::measureText(ctx.fonts.title, s.get("search.title")).x + l.gap * 2;
        panel_.setCaretArrowsOnly(false);
        if (titleW + panel_.toolbarWidth(ctx) > width) panel_.setCaretArrowsOnly(true);
    }
    DisclosureHeaderExtras extras;
    if (!l.portrait) {
        extras.besideTitleWidth = panel_.toolbarWidth(ctx);
        extras.titleOnly = true;
    }
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "search.title", &extras);
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    if (!index.nameSearch()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("search.unavailable"), width);
        return;
    }
    const TextEntryView& entry = ctx.view.textEntry;
    const core::NameQuery query =
        entry.entry ? core::nameQueryFrom(entry.entry->textUtf8(), entry.entry->composing()) : core::NameQuery{};
    const std::string queryKey = query.letters + "|" + query.name;
    if (queryKey != shownQuery_) {
        shownQuery_ = queryKey;
        scroll_.reset();
    }
    const auto rows = index.nameSearch()->filter(index.payouts(ctx.view.communityId, ctx.view.period), query);
    const bool anyRows = !query.empty() && !rows.empty();
    if (!anyRows) showingResults_ = false;
    const std::string line = resultsLine(s, query, rows.size());
    const float showW = showResultsWidth(ctx);
    const ImVec2 top = ImGui::GetCursorScreenPos();

    if (showingResults_) {
        // The results on the whole height; 继续输入 (and how many) above them.
        const bool beside = widgets::measureText(ctx.fonts.body, line).x + l.gap * 2 + showW <= width;
        widgets::textBlock(ctx.fonts.body, ink, line, beside ? width - showW - l.gap * 2 : width);
        const float buttonY = beside ? top.y : ImGui::GetCursorScreenPos().y;
        drawShowResultsButton(ctx, ImVec2(l.contentMax.x - showW, buttonY), showW);
        const float listY = std::max(ImGui::GetCursorScreenPos().y, buttonY + l.buttonHeight) + l.gap * 0.5f;
        drawResults(ctx, rows, ImVec2(l.contentMin.x, listY), ImVec2(width, l.contentMax.y - listY));
        return;
    }

    if (!l.portrait) {
        // Landscape: the keyboard from here down on the left; beside it where and month, how
        // many were found and 查看结果.
        if (extras.besideTitle.x >= 0) panel_.drawToolbar(ctx, extras.besideTitle);
        const float panelTop = top.y + l.gap * 0.5f;  // apart from the modes on the title's row
        panel_.setColumnBesideField(true);            // a name is short; the column says what was found
        panel_.draw(ctx, ImVec2(l.contentMin.x, panelTop), l.contentMax, s.get("search.placeholder"));
        const float columnX = l.contentMin.x + width * 0.66f + widgets::kTouchSpacing * 2;
        const float columnW = l.contentMax.x - columnX;
        ImGui::SetCursorScreenPos(ImVec2(columnX, panelTop));
        ImGui::BeginGroup();  // the column's lines start at its left edge
        const std::string where =
            s.format("payouts.subtitle", {index.communityName(ctx.view.communityId), monthLabel(s, ctx.view.period)});
        widgets::textBlock(ctx.fonts.body, muted, where, columnW);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        widgets::textBlock(ctx.fonts.body, ink, line, columnW);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        if (anyRows) {
            drawShowResultsButton(ctx, ImGui::GetCursorScreenPos(), std::min(showW, columnW));
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        }
        // Once he types, how to give the name stays under the rest where the column has room.
        const std::string& hint = s.get("search.hint");
        if (!query.empty() &&
            ImGui::GetCursorScreenPos().y + widgets::measureText(ctx.fonts.body, hint, columnW).y <= l.contentMax.y) {
            widgets::textBlock(ctx.fonts.body, muted, hint, columnW);
        }
        ImGui::EndGroup();
        return;
    }

    // Portrait: once he types, the hint where it leaves a line for the results; how many were
    // found with 查看结果 beside it; the results above the keyboard where a heading and a whole row
    // fit there.
    const float panelH = panel_.compactHeight(ctx, width);
    const std::string& hint = s.get("search.hint");
    const float lineH = std::max(ctx.fonts.body->FontSize * 1.3f, l.buttonHeight) + l.gap;
    if (!query.empty() &&
        top.y + widgets::measureText(ctx.fonts.body, hint, width).y + lineH + panelH <= l.contentMax.y) {
        widgets::textBlock(ctx.fonts.body, muted, hint, width);
    }
    const ImVec2 lineAt = ImGui::GetCursorScreenPos();
    const bool showBeside = widgets::measureText(ctx.fonts.body, line).x + l.gap * 2 + showW <= width;
    const float lineW = anyRows && showBeside ? width - showW - l.gap * 2 : width;
    widgets::textBlock(ctx.fonts.body, ink, line, lineW);
    float below = ImGui::GetCursorScreenPos().y;
    if (anyRows) {
        const ImVec2 showAt = showBeside ? ImVec2(l.contentMax.x - showW, lineAt.y) : ImVec2(lineAt.x, below);
        drawShowResultsButton(ctx, showAt, showW);
        below = std::max(below, showAt.y + l.buttonHeight);
    }
    const ImVec2 listPos(lineAt.x, below + l.gap * 0.5f);
    const float panelTop = l.contentMax.y - panelH;
    const float listH = panelTop - listPos.y - l.gap;
    const PayoutListLayout table = payoutListLayout(ctx, listPos, ImVec2(width, listH));
    const bool fits = listH >= table.columns.headingHeight + table.columns.rowHeight +
                                   (table.buttonsBelow ? l.buttonHeight + l.gap : 0.0f);
    if (anyRows && fits) drawResults(ctx, rows, listPos, ImVec2(width, listH));
    panel_.draw(ctx, ImVec2(l.contentMin.x, panelTop), l.contentMax, s.get("search.placeholder"));
}

}  // namespace kiosk::ui
