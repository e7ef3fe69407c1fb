#include "ui/payout_types_screen.h"

#include <algorithm>

#include "core/money_text.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/list_labels.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/kinetic_list.h"
#include "widgets/text.h"

namespace kiosk::ui {

void PayoutTypesScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    widgets::textBlock(ctx.fonts.title, widgets::toImColor(widgets::theme().text), s.get("payouts.types_title"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    if (drawContentUnavailable(ctx)) return;
    const core::DisclosureIndex& index = *ctx.view.disclosures;
    const auto totals = index.totals(ctx.view.communityId, ctx.view.period);

    struct Choice {
        std::string id, typeId, label;
    };
    std::vector<Choice> choices;
    std::size_t allCount = 0;
    std::int64_t allSum = 0;
    for (const auto& t : totals) {
        allCount += t.count;
        allSum += t.amountFen;
        choices.push_back({"payout_types." + t.typeId, t.typeId,
                           s.format("payouts.type_choice", {index.typeName(t.typeId), std::to_string(t.count),
                                                            core::formatYuan(t.amountFen)})});
    }
    choices.insert(choices.begin(),
                   {"payout_types.all", "",
                    s.format("payouts.type_choice",
                             {s.get("payouts.all_types"), std::to_string(allCount), core::formatYuan(allSum)})});

    // A grid of two-line choices: as many columns as the widest line allows (3 landscape, 2
    // portrait at most). It fills the screen when it fits there, and pages by whole rows when not.
    float widestLine = 0;
    for (const Choice& c : choices) {
        const std::string label = c.typeId == ctx.view.payoutTypeId ? s.get("chip.selected_mark") + c.label : c.label;
        for (const std::string& line : widgets::wrappedLines(ctx.fonts.body, label, 0)) {
            widestLine = std::max(widestLine, widgets::measureText(ctx.fonts.body, line).x);
        }
    }
    const float inside = ctx.fonts.body->FontSize * 1.2f;  // a button's text keeps this from its edges
    int columns = l.portrait ? 2 : 3;
    auto cellWidth = [&](int n) { return (width - l.gap * static_cast<float>(n - 1)) / static_cast<float>(n); };
    while (columns > 1 && cellWidth(columns) < widestLine + inside) --columns;
    const float cellW = cellWidth(columns);
    const int rowsNeeded = (static_cast<int>(choices.size()) + columns - 1) / columns;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - origin.y;
    const float leastCellH = std::max(l.buttonHeight, std::round(ctx.fonts.body->FontSize * 2.8f));
    const bool fits = static_cast<float>(rowsNeeded) * (leastCellH + l.gap) - l.gap <= available;

    auto drawChoice = [&](std::size_t i, ImVec2 at, ImVec2 size) {
        ImGui::SetCursorScreenPos(at);
        const bool selected = choices[i].typeId == ctx.view.payoutTypeId;
        const std::string label = selected ? s.get("chip.selected_mark") + choices[i].label : choices[i].label;
        if (widgets::bigButton(choices[i].id, label, size,
                               selected ? widgets::ButtonKind::Primary : widgets::ButtonKind::Secondary,
                               ctx.fonts.body)) {
            ctx.actions.add(SelectPayoutType{choices[i].typeId});
            ctx.actions.add(GoBack{});
        }
    };
    const auto perRow = static_cast<std::size_t>(columns);
    if (fits) {
        const float cellH = std::min(l.buttonHeight * 2.0f, (available - l.gap * static_cast<float>(rowsNeeded - 1)) /
                                                                static_cast<float>(rowsNeeded));
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const auto col = static_cast<float>(i % perRow);
            const auto row = static_cast<float>(i / perRow);
            drawChoice(i, ImVec2(origin.x + col * (cellW + l.gap), origin.y + row * (cellH + l.gap)),
                       ImVec2(cellW, cellH));
        }
        return;
    }
    // Too many for the screen: the grid's rows become a list's rows, paged with ▲ ▼.
    const float listW = widgets::pagedBox(origin, ImVec2(width, available), ctx.fonts.bar, l.portrait).room.x;
    int listColumns = columns;
    auto listCellWidth = [&](int n) { return (listW - l.gap * static_cast<float>(n - 1)) / static_cast<float>(n); };
    while (listColumns > 1 && listCellWidth(listColumns) < widestLine + inside) --listColumns;
    const float listCellW = listCellWidth(listColumns);
    const auto listPerRow = static_cast<std::size_t>(listColumns);
    const int listRows = (static_cast<int>(choices.size()) + listColumns - 1) / listColumns;
    widgets::kineticList("payout_types.list", ImVec2(width, available), listRows, leastCellH + l.gap, scroll_,
                         listLabels(s), ctx.fonts.bar, l.portrait, [&](int row, ImVec2 min, ImVec2 /*max*/) {
                             for (std::size_t col = 0; col < listPerRow; ++col) {
                                 const std::size_t i = static_cast<std::size_t>(row) * listPerRow + col;
                                 if (i >= choices.size()) break;
                                 drawChoice(i, ImVec2(min.x + static_cast<float>(col) * (listCellW + l.gap), min.y),
                                            ImVec2(listCellW, leastCellH));
                             }
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

}  // namespace kiosk::ui
