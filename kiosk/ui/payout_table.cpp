#include "ui/payout_table.h"

#include <algorithm>
#include <cmath>

#include "core/money_text.h"
#include "core/name_mask.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/kinetic_list.h"
#include "widgets/row_button.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;

float widthOf(const ScreenContext& ctx, const std::string& text) {
    return widgets::measureText(ctx.fonts.body, text).x;
}

// The widest of a column's heading and its widest content.
float columnWidth(const ScreenContext& ctx, const char* headingKey, std::initializer_list<std::string> samples) {
    float w = widthOf(ctx, ctx.strings.get(headingKey));
    for (const std::string& sample : samples) w = std::max(w, widthOf(ctx, sample));
    return w;
}

// The text drawn right of each row: a row opens its detail.
float opensWidth(const ScreenContext& ctx) {
    return std::max(widthOf(ctx, ctx.strings.get("payouts.heading.opens")),
                    widthOf(ctx, ctx.strings.get("payouts.opens")));
}

std::string dateAndStatus(const ScreenContext& ctx, const core::Payout& p) {
    return p.paidOn + "  " + ctx.strings.get(payoutStatusKey(p.status));
}
}  // namespace

const char* payoutStatusKey(core::PayoutStatus status) {
    switch (status) {
        case core::PayoutStatus::Pending: return "payouts.status.pending";
        case core::PayoutStatus::Returned: return "payouts.status.returned";
        case core::PayoutStatus::Paid:
        default: return "payouts.status.paid";
    }
}

PayoutColumns payoutColumns(const ScreenContext& ctx, float width) {
    const core::StringTable& s = ctx.strings;
    const float line = ctx.fonts.body->FontSize;
    PayoutColumns c;
    c.width = width;
    c.pad = std::round(line * 0.4f);
    std::string widestType;
    if (ctx.view.disclosures) {
        for (const auto& t : ctx.view.disclosures->set().subsidyTypes) {
            if (widthOf(ctx, t.name) > widthOf(ctx, widestType)) widestType = t.name;
        }
    }
    // A masked name shows at most a surname of two and a last character: 欧阳*华.
    const float nameW = columnWidth(ctx, "payouts.heading.name", {"欧阳*华"});
    const float typeW = columnWidth(ctx, "payouts.heading.type", {widestType});
    const float amountW = columnWidth(ctx, "payouts.heading.amount", {s.format("payouts.yuan", {"99,999.00"})});
    const float dateW = columnWidth(ctx, "payouts.heading.date", {"2026-12-31"});
    const float statusW =
        columnWidth(ctx, "payouts.heading.status",
                    {s.get("payouts.status.paid"), s.get("payouts.status.pending"), s.get("payouts.status.returned")});
    const float minGap = line * 0.6f;
    const float used = c.pad * 2 + nameW + typeW + amountW + dateW + statusW + opensWidth(ctx);
    if (used + minGap * 5 > width) {
        // Two lines: name and amount; type, then date and status on the right, if they fit beside it.
        const float secondLine = c.pad * 3 + typeW + minGap + dateW + statusW + minGap + opensWidth(ctx);
        c.lines = secondLine > width ? 3 : 2;
    } else {
        // The room left over spreads evenly between the columns.
        const float gap = (width - used) / 5;
        c.typeX = c.pad + nameW + gap;
        c.amountEnd = c.typeX + typeW + gap + amountW;
        c.dateX = c.amountEnd + gap;
        c.statusX = c.dateX + dateW + gap;
    }
    const auto lines = static_cast<float>(c.lines);
    c.rowHeight = std::max(widgets::kMinTouchTarget, std::round(line * (lines + 0.4f)));
    // The heading takes at most two lines: with three, date and status head the second line's right.
    c.headingHeight = std::round(line * (std::min(lines, 2.0f) + 0.3f));
    return c;
}

PayoutListLayout payoutListLayout(const ScreenContext& ctx, ImVec2 origin, ImVec2 size) {
    // Whether a heading and one whole row fit in a box of `size` laid out so, and the page
    // buttons beside them.
    auto fits = [&](const PayoutListLayout& layout) {
        const widgets::PagedBox box = widgets::pagedBox(origin, size, ctx.fonts.bar, layout.buttonsBelow);
        const float beside = widgets::pageControlsLeastHeight(box, ctx.fonts.bar);
        return layout.columns.headingHeight + std::max(layout.columns.rowHeight, beside) <= box.room.y;
    };
    PayoutListLayout layout;
    layout.buttonsBelow = ctx.layout.portrait;
    layout.columns = payoutColumns(ctx, widgets::pagedBox(origin, size, ctx.fonts.bar, layout.buttonsBelow).room.x);
    if (!layout.buttonsBelow && layout.columns.lines > 1) {
        PayoutListLayout below{true, payoutColumns(ctx, widgets::pagedBox(origin, size, ctx.fonts.bar, true).room.x)};
        if (below.columns.lines < layout.columns.lines && fits(below)) layout = below;
    }
    // Landscape at 特大 leaves room for a row but not its heading as well: then the rows go
    // without one (each row's lines still read name, amount; type, date and status). So do rows
    // of two or three lines where the heading's height would cost a whole row of a page of one or
    // two (特大 in portrait: two rows a page, was one of 44 pages).
    const widgets::PagedBox box = widgets::pagedBox(origin, size, ctx.fonts.bar, layout.buttonsBelow);
    auto rowsOnAPage = [&](float heading) {
        return static_cast<int>(std::floor((box.room.y - heading + 0.5f) / layout.columns.rowHeight));
    };
    const int withHeading = rowsOnAPage(layout.columns.headingHeight);
    if (!fits(layout) || (layout.columns.lines > 1 && withHeading < 3 && rowsOnAPage(0) > withHeading))
        layout.columns.headingHeight = 0;
    return layout;
}

void drawPayoutHeadings(ScreenContext& ctx, const PayoutColumns& c) {
    if (c.headingHeight <= 0) return;
    const core::StringTable& s = ctx.strings;
    ImFont* font = ctx.fonts.body;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 muted = toImColor(widgets::theme().textMuted);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = font->FontSize;
    const float top = at.y + line * 0.15f;
    auto left = [&](float x, float y, const char* key) {
        widgets::drawText(dl, font, ImVec2(at.x + x, y), muted, s.get(key));
    };
    auto right = [&](float x, float y, const std::string& text) {
        widgets::drawText(dl, font, ImVec2(at.x + x - widthOf(ctx, text), y), muted, text);
    };
    const float opensRight = c.width - c.pad;
    right(opensRight, top, s.get("payouts.heading.opens"));
    if (c.lines > 1) {
        const float textRight = opensRight - opensWidth(ctx) - c.pad;
        const std::string dateHeading = s.get("payouts.heading.date") + "  " + s.get("payouts.heading.status");
        left(c.pad, top, "payouts.heading.name");
        right(textRight, top, s.get("payouts.heading.amount"));
        left(c.pad, top + line, "payouts.heading.type");
        right(textRight, top + line, dateHeading);
    } else {
        left(c.pad, top, "payouts.heading.name");
        left(c.typeX, top, "payouts.heading.type");
        right(c.amountEnd, top, s.get("payouts.heading.amount"));
        left(c.dateX, top, "payouts.heading.date");
        left(c.statusX, top, "payouts.heading.status");
    }
    ImGui::Dummy(ImVec2(c.width, c.headingHeight));
}

void drawPayoutRow(ScreenContext& ctx, const PayoutColumns& c, const core::Payout& p, int row, ImVec2 min, ImVec2 max) {
    const core::StringTable& s = ctx.strings;
    const core::DisclosureIndex& index = *ctx.view.disclosures;
    ImFont* font = ctx.fonts.body;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = toImColor(widgets::theme().text);
    const ImU32 muted = toImColor(widgets::theme().textMuted);
    const float line = font->FontSize;
    if (row % 2 == 1) dl->AddRectFilled(min, max, toImColor(widgets::theme().surface));
    // Personal data: only the masked name ever reaches the screen.
    const std::string masked = core::maskName(p.recipientName);
    if (widgets::rowButton("payouts.row." + std::to_string(row), masked, min, max)) ctx.actions.add(ShowPayout{p.id});
    const float top = min.y + (max.y - min.y - line * static_cast<float>(c.lines)) * 0.5f;
    const std::string amount = s.format("payouts.yuan", {core::formatYuan(p.amountFen)});
    const std::string& type = index.typeName(p.subsidyTypeId);
    auto text = [&](float x, float y, ImU32 color, const std::string& t) {
        widgets::drawText(dl, font, ImVec2(min.x + x, y), color, t);
    };
    auto right = [&](float x, float y, ImU32 color, const std::string& t) { text(x - widthOf(ctx, t), y, color, t); };
    const std::string& opens = s.get("payouts.opens");
    right(c.width - c.pad, min.y + (max.y - min.y - line) * 0.5f, ink, opens);
    text(c.pad, top, ink, masked);
    if (c.lines > 1) {
        const float textRight = c.width - c.pad - opensWidth(ctx) - c.pad;
        right(textRight, top, ink, amount);
        text(c.pad, top + line, muted, type);
        right(textRight, top + line * static_cast<float>(c.lines - 1), muted, dateAndStatus(ctx, p));
        return;
    }
    text(c.typeX, top, ink, type);
    right(c.amountEnd, top, ink, amount);
    text(c.dateX, top, ink, p.paidOn);
    text(c.statusX, top, ink, s.get(payoutStatusKey(p.status)));
}

}  // namespace kiosk::ui
