// Steps 1–3 of 反映问题: what kind of case, which category, and where.
#include <algorithm>
#include <array>

#include "ui/case_screen.h"
#include "widgets/chip.h"
#include "widgets/choice_card.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

ImU32 ink() {
    return widgets::toImColor(widgets::theme().text);
}
ImU32 muted() {
    return widgets::toImColor(widgets::theme().textMuted);
}

}  // namespace

void drawKindStep(ScreenContext& ctx) {
    struct KindChoice {
        core::CaseKind kind;
        const char* id;
        const char* name;
        const char* hint;
    };
    static constexpr std::array kKinds{
        KindChoice{core::CaseKind::Complaint, "case.kind.complaint", "case.kind.complaint", "case.kind.complaint_hint"},
        KindChoice{core::CaseKind::Report, "case.kind.report", "case.kind.report", "case.kind.report_hint"},
        KindChoice{core::CaseKind::Advice, "case.kind.advice", "case.kind.advice", "case.kind.advice_hint"},
    };
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    const auto& chosen = ctx.view.caseView.flow->draft().kind;
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // Landscape: three cards side by side; portrait: stacked, full width.
    const int columns = l.portrait ? 1 : 3;
    const float cardW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float cardH = 0;
    for (const auto& k : kKinds) {
        cardH =
            std::max(cardH, widgets::choiceCardHeight(ctx.strings.get(k.hint), cardW, ctx.fonts.title, ctx.fonts.body));
    }
    cardH = std::max(cardH, l.buttonHeight * 2.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        const float col = static_cast<float>(i % static_cast<std::size_t>(columns));
        const float row = static_cast<float>(i / static_cast<std::size_t>(columns));
        ImGui::SetCursorScreenPos(ImVec2(origin.x + col * (cardW + l.gap), origin.y + row * (cardH + l.gap)));
        const KindChoice& k = kKinds[i];
        if (widgets::choiceCard(k.id, ctx.strings.get(k.name), ctx.strings.get(k.hint), ImVec2(cardW, cardH),
                                chosen == k.kind, ctx.strings.get("chip.selected_mark"), ctx.fonts.title,
                                ctx.fonts.body)) {
            ctx.actions.add(CaseAction{caseflow::ChooseKind{k.kind}});
        }
    }
}

void drawCategoryStep(ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseFlow& flow = *c.flow;
    const float width = contentWidth(ctx);
    const auto categories = c.catalog->categoriesFor(flow.draft().kind.value_or(core::CaseKind::Complaint));
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        items.push_back({"case.category." + categories[i]->code, categories[i]->name});
        if (categories[i]->code == flow.draft().categoryCode) selected = static_cast<int>(i);
    }
    ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
    const int tapped = widgets::chipRow(items, selected, width, ctx.fonts.title, ctx.strings.get("chip.selected_mark"));
    if (tapped >= 0)
        ctx.actions.add(CaseAction{caseflow::ChooseCategory{categories[static_cast<std::size_t>(tapped)]->code}});
    ImGui::Dummy(ImVec2(0, ctx.layout.gap));

    // The chosen category's scope, and where a case outside the platform's scope goes.
    if (const core::CaseCategory* category = flow.category()) {
        widgets::textBlock(ctx.fonts.body, ink(), ctx.strings.get("case.category.scope") + category->scope, width);
        if (category->transfer) {
            ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
            widgets::textBlock(ctx.fonts.body, ink(),
                               ctx.strings.format("case.category.transfer",
                                                  {category->transfer->department, category->transfer->hotline}),
                               width);
        }
    }
}

void drawPlaceStep(ScreenContext& ctx, TextEntryPanel& panel) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseDraft& draft = c.flow->draft();
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    const std::string& mark = ctx.strings.get("chip.selected_mark");
    if (c.typingPlace) {
        // The keyboard needs the room: in portrait the chosen community in words, then the field.
        if (l.portrait) {
            const core::CommunityPlaces* community = c.catalog->community(draft.communityId);
            widgets::textBlock(ctx.fonts.body, ink(),
                               ctx.strings.get("case.place.community") + "：" + (community ? community->name : ""),
                               width);
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        panel.draw(ctx, ImVec2(l.contentMin.x, at.y + l.gap * 0.5f), l.contentMax,
                   ctx.strings.get("case.place.other_placeholder"));
        return;
    }

    widgets::textBlock(ctx.fonts.body, muted(), ctx.strings.get("case.place.why"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // The hall's own place first: the most common answer needs one tap.
    std::vector<widgets::ChipItem> here{{"case.place.here", ctx.strings.get("case.place.here")}};
    const bool atHall = draft.place == c.hallPlace && draft.communityId == c.hallCommunityId && !draft.placeTyped;
    if (widgets::chipRow(here, atHall ? 0 : -1, width, ctx.fonts.body, mark) == 0) {
        ctx.actions.add(CaseAction{caseflow::UseHallPlace{}});
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));

    widgets::textBlock(ctx.fonts.body, ink(), ctx.strings.get("case.place.community"), width);
    std::vector<widgets::ChipItem> communities;
    int selectedCommunity = -1;
    for (std::size_t i = 0; i < c.catalog->communities.size(); ++i) {
        const auto& community = c.catalog->communities[i];
        communities.push_back({"case.community." + community.id, community.name});
        if (community.id == draft.communityId) selectedCommunity = static_cast<int>(i);
    }
    const int tappedCommunity = widgets::chipRow(communities, selectedCommunity, width, ctx.fonts.body, mark);
    if (tappedCommunity >= 0) {
        ctx.actions.add(CaseAction{
            caseflow::ChooseCommunity{c.catalog->communities[static_cast<std::size_t>(tappedCommunity)].id}});
    }
    const core::CommunityPlaces* community = c.catalog->community(draft.communityId);
    if (!community) return;
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    widgets::textBlock(ctx.fonts.body, ink(), ctx.strings.get("case.place.choose"), width);
    std::vector<widgets::ChipItem> places;
    int selectedPlace = -1;
    for (std::size_t i = 0; i < community->places.size(); ++i) {
        places.push_back({"case.place." + std::to_string(i), community->places[i]});
        if (!draft.placeTyped && community->places[i] == draft.place) selectedPlace = static_cast<int>(i);
    }
    // 其他地点 ends the list; once something was typed it shows what.
    const std::string other = draft.placeTyped && !draft.place.empty()
                                  ? ctx.strings.get("case.place.other") + "：" + draft.place
                                  : ctx.strings.get("case.place.other");
    places.push_back({"case.place.other", other});
    if (draft.placeTyped) selectedPlace = static_cast<int>(places.size() - 1);
    const int tappedPlace = widgets::chipRow(places, selectedPlace, width, ctx.fonts.body, mark);
    if (tappedPlace == static_cast<int>(places.size() - 1)) {
        ctx.actions.add(CaseAction{caseflow::TypePlace{}});
    } else if (tappedPlace >= 0) {
        ctx.actions.add(CaseAction{caseflow::ChoosePlace{community->places[static_cast<std::size_t>(tappedPlace)]}});
    }
}

}  // namespace kiosk::ui
