#include "ui/payout_detail_screen.h"

#include <algorithm>

#include "core/money_text.h"
#include "core/name_mask.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
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
    const std::string statusKey = p.status == core::PayoutStatus::Pending    ? "payouts.status.pending"
                                  : p.status == core::PayoutStatus::Returned ? "payouts.status.returned"
                                                                             : "payouts.status.paid";
    const std::pair<const char*, std::string> rows[] = {
        {"payout_detail.name", core::maskName(p.recipientName)},
        {"payout_detail.type", index.typeName(p.subsidyTypeId)},
        {"payout_detail.amount", s.format("payouts.yuan", {core::formatYuan(p.amountFen)})},
        {"payout_detail.period", monthLabel(s, p.period)},
        {"payout_detail.paid_on", p.paidOn},
        {"payout_detail.funding", p.fundingSource},
        {"payout_detail.status", s.get(statusKey)},
    };
    float labelWidth = 0;
    for (const auto& [key, value] : rows)
        labelWidth = std::max(labelWidth, widgets::measureText(ctx.fonts.body, s.get(key)).x);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const auto& [key, value] : rows) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        widgets::drawText(dl, ctx.fonts.body, pos, muted, s.get(key));
        widgets::drawText(dl, ctx.fonts.body, ImVec2(pos.x + labelWidth + l.gap * 2, pos.y), ink, value);
        ImGui::Dummy(ImVec2(width, ctx.fonts.body->FontSize * 1.4f));
    }
    ImGui::Dummy(ImVec2(0, l.gap));
    widgets::textBlock(ctx.fonts.body, muted, s.get("payout_detail.privacy"), width);
}

}  // namespace kiosk::ui
