#include "ui/payout_search_screen.h"

#include <algorithm>

#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_list_screen.h"
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
    widgets::textBlock(ctx.fonts.body, toImColor(widgets::theme().textMuted), s.get("search.hint"), width);

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
    widgets::textBlock(ctx.fonts.title, ink, typed + found, width);

    // The keypad takes the bottom of the screen; results fill what is left above it.
    const int columns = l.portrait ? 7 : 13;
    const float keypadH = widgets::letterKeypadHeight(columns, ctx.fonts.body);
    const ImVec2 listPos = ImGui::GetCursorScreenPos();
    const float listH = l.contentMax.y - listPos.y - keypadH - l.gap;
    if (!query.empty() && rows.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("search.none"), width);
    } else if (!query.empty()) {
        widgets::kineticList("search.results", ImVec2(width, std::max(listH, payoutRowHeight(ctx))),
                             static_cast<int>(rows.size()), payoutRowHeight(ctx), scroll_, listLabels(s),
                             ctx.fonts.body, l.portrait, [&](int row, ImVec2 min, ImVec2 max) {
                                 drawPayoutRow(ctx, *rows[static_cast<std::size_t>(row)], row, min, max);
                             });
        if (scroll_.animating()) ctx.actions.requestAnimationFrame();
    }
    ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, l.contentMax.y - keypadH));
    const widgets::KeypadPress press = widgets::letterKeypad("search.key", width, columns, ctx.fonts.body,
                                                             {s.get("search.erase"), s.get("search.clear")});
    if (press.letter && query.size() < 24) ctx.actions.add(SetNameQuery{query + press.letter});
    if (press.erase && !query.empty()) ctx.actions.add(SetNameQuery{query.substr(0, query.size() - 1)});
    if (press.clear) ctx.actions.add(SetNameQuery{""});
}

}  // namespace kiosk::ui
