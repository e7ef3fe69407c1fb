#include "ui/payout_list_screen.h"

#include <algorithm>
#include <cmath>

#include "core/money_text.h"
#include "core/name_mask.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/row_button.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;

std::string statusKey(core::PayoutStatus status) {
    switch (status) {
        case core::PayoutStatus::Pending: return "payouts.status.pending";
        case core::PayoutStatus::Returned: return "payouts.status.returned";
        case core::PayoutStatus::Paid:
        default: return "payouts.status.paid";
    }
}
}  // namespace

float payoutRowHeight(const ScreenContext& ctx) {
    // Portrait rows take two lines (name and amount; type and status): the screen is narrow.
    const float factor = ctx.layout.portrait ? 2.6f : 1.7f;
    return std::max(widgets::kMinTouchTarget, std::round(ctx.fonts.body->FontSize * factor));
}

void drawPayoutRow(ScreenContext& ctx, const core::Payout& p, int row, ImVec2 min, ImVec2 max) {
    const core::StringTable& s = ctx.strings;
    const core::DisclosureIndex& index = *ctx.view.disclosures;
    ImFont* font = ctx.fonts.body;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = toImColor(widgets::theme().text);
    const ImU32 muted = toImColor(widgets::theme().textMuted);
    const bool twoLines = ctx.layout.portrait;
    const float line = font->FontSize;
    const float pad = line * 0.4f;
    if (row % 2 == 1) dl->AddRectFilled(min, max, toImColor(widgets::theme().surface));
    // Personal data: only the masked name ever reaches the screen.
    const std::string masked = core::maskName(p.recipientName);
    if (widgets::rowButton("payouts.row." + std::to_string(row), masked, min, max)) ctx.actions.add(ShowPayout{p.id});
    const float w = max.x - min.x;
    const float top = min.y + (max.y - min.y - line * (twoLines ? 2.0f : 1.0f)) * 0.5f;
    const std::string amount = s.format("payouts.yuan", {core::formatYuan(p.amountFen)});
    const std::string& type = index.typeName(p.subsidyTypeId);
    const std::string& status = s.get(statusKey(p.status));
    widgets::drawText(dl, font, ImVec2(min.x + pad, top), ink, masked);
    if (twoLines) {
        widgets::drawText(dl, font, ImVec2(max.x - pad - widgets::measureText(font, amount).x, top), ink, amount);
        widgets::drawText(dl, font, ImVec2(min.x + pad, top + line), muted, type);
        widgets::drawText(dl, font, ImVec2(max.x - pad - widgets::measureText(font, status).x, top + line), muted,
                          status);
        return;
    }
    widgets::drawText(dl, font, ImVec2(min.x + w * 0.14f, top), ink, type);
    const float amountRight = min.x + w * 0.66f;
    widgets::drawText(dl, font, ImVec2(amountRight - widgets::measureText(font, amount).x, top), ink, amount);
    widgets::drawText(dl, font, ImVec2(min.x + w * 0.71f, top), ink, p.paidOn + "  " + status);
}

void PayoutListScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "payouts.title");
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    const std::string& community = ctx.view.communityId;
    const std::string& period = ctx.view.period;

    const std::vector<const core::Payout*> rows = index.payouts(community, period, ctx.view.payoutTypeId);
    const std::string key = community + "|" + period + "|" + ctx.view.payoutTypeId;
    if (key != shownKey_) {
        shownKey_ = key;
        scroll_.reset();
    }

    // The filter opens its own screen (one question per screen); the summary sits beside it.
    const std::string typeLabel =
        ctx.view.payoutTypeId.empty() ? s.get("payouts.all_types") : index.typeName(ctx.view.payoutTypeId);
    const std::string filterLabel = s.format("payouts.filter", {typeLabel});
    const float filterW = widgets::measureText(ctx.fonts.body, filterLabel).x + ctx.fonts.body->FontSize * 1.2f;
    const ImVec2 rowStart = ImGui::GetCursorScreenPos();
    if (widgets::bigButton("payouts.filter", filterLabel, ImVec2(filterW, l.buttonHeight),
                           widgets::ButtonKind::Secondary, ctx.fonts.body)) {
        ctx.actions.add(OpenScreen{core::ScreenId::PayoutTypes});
    }
    // Finding one's own name: only when pinyin data is available (see docs).
    float afterButtons = rowStart.x + filterW + l.gap;
    if (index.nameSearch()) {
        const std::string& searchLabel = s.get("search.open");
        const float searchW = widgets::measureText(ctx.fonts.body, searchLabel).x + ctx.fonts.body->FontSize * 1.2f;
        ImGui::SetCursorScreenPos(ImVec2(afterButtons, rowStart.y));
        if (widgets::bigButton("payouts.search", searchLabel, ImVec2(searchW, l.buttonHeight),
                               widgets::ButtonKind::Secondary, ctx.fonts.body)) {
            ctx.actions.add(SetNameQuery{""});
            ctx.actions.add(OpenScreen{core::ScreenId::PayoutSearch});
        }
        afterButtons += searchW + l.gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(rowStart.x, rowStart.y + l.buttonHeight));
    std::int64_t sum = 0;
    for (const core::Payout* p : rows) sum += p->amountFen;
    const std::string summary = s.format("payouts.summary", {std::to_string(rows.size()), core::formatYuan(sum)});
    const ImVec2 summarySize = widgets::measureText(ctx.fonts.body, summary);
    if (l.portrait) {
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        widgets::textBlock(ctx.fonts.body, ink, summary, width);
    } else {
        widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body,
                          ImVec2(afterButtons + l.gap, rowStart.y + (l.buttonHeight - summarySize.y) * 0.5f), ink,
                          summary);
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));

    if (rows.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("payouts.empty"), width);
        return;
    }
    const ImVec2 listPos = ImGui::GetCursorScreenPos();
    widgets::kineticList("payouts.list", ImVec2(width, l.contentMax.y - listPos.y), static_cast<int>(rows.size()),
                         payoutRowHeight(ctx), scroll_, listLabels(s), ctx.fonts.body, l.portrait,
                         [&](int row, ImVec2 min, ImVec2 max) {
                             drawPayoutRow(ctx, *rows[static_cast<std::size_t>(row)], row, min, max);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

}  // namespace kiosk::ui
