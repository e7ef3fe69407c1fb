#include "ui/payout_detail_screen.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

#include "core/case_catalog.h"
#include "core/money_text.h"
#include "core/name_mask.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/payout_table.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {

void PayoutDetailScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = widgets::toImColor(widgets::theme().text);
    const ImU32 muted = widgets::toImColor(widgets::theme().textMuted);
    widgets::textBlock(ctx.fonts.title, ink, s.get("payout_detail.title"), width);
    ImGui::Dummy(ImVec2(0, l.gap));
    if (drawContentUnavailable(ctx) || !ctx.view.shownPayout) return;
    const core::Payout& p = *ctx.view.shownPayout;
    const core::DisclosureIndex& index = *ctx.view.disclosures;
    const std::pair<const char*, std::string> rows[] = {
        {"payout_detail.name", core::maskName(p.recipientName)},
        {"payout_detail.type", index.typeName(p.subsidyTypeId)},
        {"payout_detail.amount", s.format("payouts.yuan", {core::formatYuan(p.amountFen)})},
        {"payout_detail.period", monthLabel(s, p.period)},
        {"payout_detail.paid_on", p.paidOn},
        {"payout_detail.funding", p.fundingSource},
        {"payout_detail.status", s.get(payoutStatusKey(p.status))},
    };
    // One column of label and value where it fits the screen's height; else (landscape) two columns, the
    // money beside the name, the type (the longest value) on a line of its own (landscape at a
    // big text size).
    float labelWidth = 0;
    for (const auto& [key, value] : rows) {
        labelWidth = std::max(labelWidth, widgets::measureText(ctx.fonts.body, s.get(key)).x);
    }
    float rowH = std::round(ctx.fonts.body->FontSize * 1.35f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // Under the facts: why the name is masked, and 我要反映 for a payout that looks wrong.
    const std::string& reportLabel = s.get("payout_detail.report");
    const float reportW =
        std::max(widgets::kMinTouchTarget * 2.5f,
                 widgets::measureText(ctx.fonts.body, reportLabel).x + ctx.fonts.body->FontSize * 1.6f);
    // Landscape: the note left of the button; portrait: the note across, the button under it
    // at the right (beside it the note would be a narrow column).
    const float privacyW = l.portrait ? width : width - reportW - l.gap * 2;
    const float noteH = widgets::measureText(ctx.fonts.body, s.get("payout_detail.privacy"), privacyW).y;
    const float privacyH =
        l.gap + (l.portrait ? noteH + l.gap * 0.5f + l.buttonHeight : std::max(l.buttonHeight, noteH));
    const float room = l.contentMax.y - origin.y - privacyH;
    // Portrait has no width for two columns at a big text size: the lines close up instead.
    const float oneColumnH = rowH * static_cast<float>(std::size(rows));
    if (l.portrait && oneColumnH > room) rowH = std::round(ctx.fonts.body->FontSize * 1.15f);
    const bool twoColumns = !l.portrait && oneColumnH > room;
    // Which facts share each line: indexes into rows (-1: nothing in the right column).
    const std::vector<std::pair<int, int>> lines =
        twoColumns ? std::vector<std::pair<int, int>>{{0, 2}, {1, -1}, {3, 4}, {5, 6}}
                   : std::vector<std::pair<int, int>>{{0, -1}, {1, -1}, {2, -1}, {3, -1}, {4, -1}, {5, -1}, {6, -1}};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto fact = [&](int i, float x, float y) {
        const auto& [key, value] = rows[static_cast<std::size_t>(i)];
        widgets::drawText(dl, ctx.fonts.body, ImVec2(x, y), muted, s.get(key));
        widgets::drawText(dl, ctx.fonts.body, ImVec2(x + labelWidth + l.gap * 2, y), ink, value);
    };
    for (std::size_t line = 0; line < lines.size(); ++line) {
        const float y = origin.y + rowH * static_cast<float>(line);
        fact(lines[line].first, origin.x, y);
        if (lines[line].second >= 0) fact(lines[line].second, origin.x + width * 0.5f, y);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, rowH * static_cast<float>(lines.size())));
    ImGui::Dummy(ImVec2(0, l.gap));
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    widgets::textBlock(ctx.fonts.body, muted, s.get("payout_detail.privacy"), privacyW);
    ImGui::SetCursorScreenPos(
        ImVec2(l.contentMax.x - reportW, l.portrait ? bottom.y + noteH + l.gap * 0.5f : bottom.y));
    if (widgets::bigButton("payout_detail.report", reportLabel, ImVec2(reportW, l.buttonHeight),
                           widgets::ButtonKind::Primary, ctx.fonts.body)) {
        // The case starts with what it is about: the month and the type (never the name).
        ctx.actions.add(StartCaseAbout{
            core::kPayoutCategoryCode, p.communityId,
            s.format("payout_detail.report_about", {monthLabel(s, p.period), index.typeName(p.subsidyTypeId)})});
    }
}

}  // namespace kiosk::ui
