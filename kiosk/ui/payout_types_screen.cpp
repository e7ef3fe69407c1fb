#include "ui/payout_types_screen.h"

#include <algorithm>

#include "core/money_text.h"
#include "ui/disclosure_hub_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
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

    // A grid of two-line choices that fills the screen: 3 columns landscape, 2 portrait.
    const int columns = l.portrait ? 2 : 3;
    const float cellW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const int rowsNeeded = (static_cast<int>(choices.size()) + columns - 1) / columns;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - origin.y;
    const float cellH =
        std::max(ctx.fonts.body->FontSize * 2.6f,
                 std::min(l.buttonHeight * 2.0f,
                          (available - l.gap * static_cast<float>(rowsNeeded - 1)) / static_cast<float>(rowsNeeded)));
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const float col = static_cast<float>(i % static_cast<std::size_t>(columns));
        const float row = static_cast<float>(i / static_cast<std::size_t>(columns));
        ImGui::SetCursorScreenPos(ImVec2(origin.x + col * (cellW + l.gap), origin.y + row * (cellH + l.gap)));
        const bool selected = choices[i].typeId == ctx.view.payoutTypeId;
        const std::string label = selected ? s.get("chip.selected_mark") + choices[i].label : choices[i].label;
        if (widgets::bigButton(choices[i].id, label, ImVec2(cellW, cellH),
                               selected ? widgets::ButtonKind::Primary : widgets::ButtonKind::Secondary,
                               ctx.fonts.body)) {
            ctx.actions.add(SelectPayoutType{choices[i].typeId});
            ctx.actions.add(GoBack{});
        }
    }
}

}  // namespace kiosk::ui
