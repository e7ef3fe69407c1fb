// Steps 1–3 of 反映问题: what kind of case, which category, and where.
#include <algorithm>
#include <array>

#include "ui/case_screen.h"
#include "ui/font_steps.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/choice_card.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
void drawKindStep(ScreenContext& ctx, const MainActionPlace& main) {
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
    // Started from a payout: what this is about, above the choice (the cards share what is left).
    if (const std::string& about = ctx.view.caseView.about; !about.empty()) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.format("case.kind.about", {about}), width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    // Landscape: three cards side by side; portrait: stacked, full width, sharing the height of
    // the screen (up to three button heights each) so the choice fills the page, not its top.
    const int columns = l.portrait ? 1 : 3;
    const float cardW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    auto neededHeight = [&](ImFont* nameFont, ImFont* hintFont) {
        float h = 0;
        for (const auto& k : kKinds) {
            h = std::max(h, widgets::choiceCardHeight(ctx.strings.get(k.hint), cardW, nameFont, hintFont));
        }
        return h;
    };
    const float rows = static_cast<float>(kKinds.size()) / static_cast<float>(columns);
    // Above 下一步 where it shows (a kind chosen already).
    const float bottom = main.shown ? main.min.y - l.gap : l.contentMax.y;
    const float share = (bottom - ImGui::GetCursorScreenPos().y - l.gap * (rows - 1)) / rows;
    // Names at the largest title step at which all three cards still fit with their hints at body
    // size, else with the hints at the controls' size (特大, portrait: the names keep 大's title
    // size, the hints 大's body size); where even that is too tall the names take the body size.
    ImFont* nameFont =
        largestTitleThatFits(ctx.fonts, [&](ImFont* font) { return neededHeight(font, ctx.fonts.body) <= share; });
    if (nameFont == ctx.fonts.body) {
        nameFont =
            largestTitleThatFits(ctx.fonts, [&](ImFont* font) { return neededHeight(font, ctx.fonts.bar) <= share; });
    }
    ImFont* hintFont = neededHeight(nameFont, ctx.fonts.body) <= share ? ctx.fonts.body : ctx.fonts.bar;
    // Past that the names stand alone (the demonstration's caption says which to choose).
    const bool hintsShown = neededHeight(nameFont, hintFont) <= share;
    const float least = hintsShown ? neededHeight(nameFont, hintFont) : std::min(share, l.buttonHeight);
    const float cardH = std::max(least, std::min(share, l.buttonHeight * (l.portrait ? 3.0f : 2.0f)));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        const float col = static_cast<float>(i % static_cast<std::size_t>(columns));
        const float row = static_cast<float>(i / static_cast<std::size_t>(columns));
        ImGui::SetCursorScreenPos(ImVec2(origin.x + col * (cardW + l.gap), origin.y + row * (cardH + l.gap)));
        const KindChoice& k = kKinds[i];
        if (widgets::choiceCard(k.id, ctx.strings.get(k.name), hintsShown ? ctx.strings.get(k.hint) : "",
                                ImVec2(cardW, cardH), chosen == k.kind, ctx.strings.get("chip.selected_mark"), nameFont,
                                hintFont)) {
            ctx.actions.add(CaseAction{caseflow::ChooseKind{k.kind}});
        }
    }
}

void drawCategoryStep(ScreenContext& ctx, int& categoryPage, const MainActionPlace& main) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseFlow& flow = *c.flow;
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    const auto categories = c.catalog->categoriesFor(flow.draft().kind.value_or(core::CaseKind::Complaint));
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        items.push_back({"case.category." + categories[i]->code, categories[i]->name});
        if (categories[i]->code == flow.draft().categoryCode) selected = static_cast<int>(i);
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    // The chosen category's scope goes under the chips; in landscape it may run down beside the
    // main action (left of it), so the chips keep the height the step has above that row.
    const bool besideMain = main.shown && !l.portrait;
    const float scopeW = besideMain ? std::min(width, main.min.x - l.gap - l.contentMin.x) : width;
    const float bottom = besideMain ? main.fullBottom : l.contentMax.y;
    // Room for the longest scope, so the chips do not move when another category is chosen (nor
    // when 下一步 is refused before any is: that refusal stands in the same place). (A category
    // handled elsewhere adds where it goes, smaller where that room is short.)
    float scopeRoom =
        widgets::problemBoxHeight(ctx.fonts.body, ctx.strings.get("case.problem.choose_category"), scopeW);
    for (const core::CaseCategory* category : categories) {
        scopeRoom = std::max(
            scopeRoom,
            widgets::measureText(ctx.fonts.body, ctx.strings.get("case.category.scope") + category->scope, scopeW).y);
    }
    // Every category in view, at the largest size that leaves that room: title size when they
    // fit, body size when not; past that they page (更多 ›).
    const std::string& mark = ctx.strings.get("chip.selected_mark");
    const float room = bottom - ImGui::GetCursorScreenPos().y - l.gap - scopeRoom;
    // Measured as if the longest name carried the ✓: choosing a category never changes the size
    // of them all (at 标准 they jumped from body to title size at the first tap).
    int longest = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].label.size() > items[static_cast<std::size_t>(longest)].label.size())
            longest = static_cast<int>(i);
    }
    auto height = [&](ImFont* font) {
        const int rows = widgets::chipRowsNeeded(items, longest, width, font, mark);
        return static_cast<float>(rows) * (widgets::chipHeight(font) + widgets::kTouchSpacing);
    };
    ImFont* font = largestTitleThatFits(ctx.fonts, [&](ImFont* f) { return height(f) <= room; });
    const int tapped = height(font) <= room
                           ? widgets::chipRow(items, selected, width, font, mark)
                           : widgets::pagedChipRow(items, selected, width, std::max(1, widgets::chipRowsIn(room, font)),
                                                   font, mark, ctx.strings.get("chip.more"), categoryPage);
    if (tapped >= 0)
        ctx.actions.add(CaseAction{caseflow::ChooseCategory{categories[static_cast<std::size_t>(tapped)]->code}});
    ImGui::Dummy(ImVec2(0, l.gap));

    // A refused 下一步 (请先点一个问题类别) says why in the scope's place, beside 下一步: it comes
    // only while no category is chosen, and there it moves no chip (above them it paged them
    // after one row at 特大).
    if (!c.problemKey.empty() && flow.category() == nullptr) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get(c.problemKey), scopeW, l.gap * 0.5f);
    }
    // The chosen category's scope, and where a case outside the platform's scope goes.
    if (const core::CaseCategory* category = flow.category()) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(),
                           ctx.strings.get("case.category.scope") + category->scope, scopeW);
        if (category->transfer) {
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
            const std::string transfer = ctx.strings.format(
                "case.category.transfer", {category->transfer->department, category->transfer->hotline});
            ImFont* transferFont = ctx.fonts.body;
            for (ImFont* smaller : {ctx.fonts.bar, ctx.fonts.standard}) {
                if (ImGui::GetCursorScreenPos().y + widgets::measureText(transferFont, transfer, scopeW).y > bottom)
                    transferFont = smaller;
            }
            widgets::textBlock(transferFont, widgets::inkColor(), transfer, scopeW);
        }
    }
}

void drawPlaceStep(ScreenContext& ctx, TextEntryPanel& panel, PlacePaging& paging, const MainActionPlace& main) {
    const CaseView& c = ctx.view.caseView;
    const core::CaseDraft& draft = c.flow->draft();
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    const std::string& mark = ctx.strings.get("chip.selected_mark");
    if (c.typingPlace) {
        // The keyboard needs the room: in portrait the chosen community in words, then the field.
        if (l.portrait) {
            const core::CommunityPlaces* community = c.catalog->community(draft.communityId);
            widgets::textBlock(ctx.fonts.body, widgets::inkColor(),
                               ctx.strings.get("case.place.community") + "：" + (community ? community->name : ""),
                               width);
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        drawStepKeyboard(ctx, panel, ImVec2(l.contentMin.x, at.y + l.gap * 0.5f), main,
                         ctx.strings.get("case.place.other_placeholder"));
        return;
    }

    // Why a place matters, when the screen has room for it and the rows of chips below; the
    // refusal of 下一步 says it too.
    const std::string& why = ctx.strings.get("case.place.why");
    const float whyH = widgets::measureText(ctx.fonts.body, why, width).y + l.gap * 0.5f;
    const float chipsBelow = 3 * (widgets::chipHeight(ctx.fonts.body) + l.gap);
    const float headingsBelow = l.portrait ? 2 * ctx.fonts.body->FontSize * 1.3f : 0.0f;
    if (ImGui::GetCursorScreenPos().y + whyH + chipsBelow + headingsBelow <= l.contentMax.y) {
        widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), why, width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    // The two answers that need no list come first: the hall's own place (the most common, one
    // tap) and 其他地点 (type it). Once something was typed, the chip shows what.
    const bool atHall = draft.place == c.hallPlace && draft.communityId == c.hallCommunityId && !draft.placeTyped;
    const std::string other = draft.placeTyped && !draft.place.empty()
                                  ? ctx.strings.get("case.place.other") + "：" + draft.place
                                  : ctx.strings.get("case.place.other");
    const std::vector<widgets::ChipItem> quick{{"case.place.here", ctx.strings.get("case.place.here")},
                                               {"case.place.other", other}};
    const int quickTapped = widgets::chipRow(quick,
                                             atHall             ? 0
                                             : draft.placeTyped ? 1
                                                                : -1,
                                             width, ctx.fonts.body, mark);
    if (quickTapped == 0) ctx.actions.add(CaseAction{caseflow::UseHallPlace{}});
    if (quickTapped == 1) ctx.actions.add(CaseAction{caseflow::TypePlace{}});
    ImGui::Dummy(ImVec2(0, l.gap));

    // Then the community and its places. Landscape puts each heading left of its chips.
    const std::string& more = ctx.strings.get("chip.more");
    float headingW = 0;
    if (!l.portrait) {
        for (const char* key : {"case.place.community", "case.place.choose"}) {
            headingW = std::max(headingW, widgets::measureText(ctx.fonts.body, ctx.strings.get(key)).x);
        }
        headingW += l.gap;
    }
    auto heading = [&](const char* key) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (l.portrait) {
            widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.get(key), width);
            return;
        }
        const float centre = (widgets::chipHeight(ctx.fonts.body) - ctx.fonts.body->FontSize * 1.2f) * 0.5f;
        widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, ImVec2(at.x, at.y + centre), widgets::inkColor(),
                          ctx.strings.get(key));
        ImGui::SetCursorScreenPos(ImVec2(at.x + headingW, at.y));
    };
    const float chipsW = width - headingW;

    heading("case.place.community");
    std::vector<widgets::ChipItem> communities;
    int selectedCommunity = -1;
    for (std::size_t i = 0; i < c.catalog->communities.size(); ++i) {
        const auto& community = c.catalog->communities[i];
        communities.push_back({"case.community." + community.id, community.name});
        if (community.id == draft.communityId) selectedCommunity = static_cast<int>(i);
    }
    // The communities take the rows they need where the chosen community's places keep theirs
    // (at least one row each; past that each pages with 更多 ›).
    int communityRows = 1;
    if (const core::CommunityPlaces* chosen = c.catalog->community(draft.communityId)) {
        std::vector<widgets::ChipItem> chosenPlaces;
        for (const std::string& place : chosen->places) chosenPlaces.push_back({"", place});
        const float placesHeading = l.portrait ? ctx.fonts.body->FontSize * 1.3f : 0.0f;
        const int total =
            widgets::chipRowsIn(l.contentMax.y - ImGui::GetCursorScreenPos().y - l.gap - placesHeading, ctx.fonts.body);
        const int placesNeed = widgets::chipRowsNeeded(chosenPlaces, -1, chipsW, ctx.fonts.body, mark);
        const int communitiesNeed =
            widgets::chipRowsNeeded(communities, selectedCommunity, chipsW, ctx.fonts.body, mark);
        communityRows = std::clamp(total - placesNeed, 1, std::max(1, communitiesNeed));
    }
    ImGui::BeginGroup();
    const int tappedCommunity = widgets::pagedChipRow(communities, selectedCommunity, chipsW, communityRows,
                                                      ctx.fonts.body, mark, more, paging.firstCommunity);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, ImGui::GetItemRectMax().y + l.gap));
    if (tappedCommunity >= 0) {
        ctx.actions.add(CaseAction{
            caseflow::ChooseCommunity{c.catalog->communities[static_cast<std::size_t>(tappedCommunity)].id}});
    }
    const core::CommunityPlaces* community = c.catalog->community(draft.communityId);
    if (!community) return;

    heading("case.place.choose");
    std::vector<widgets::ChipItem> places;
    int selectedPlace = -1;
    for (std::size_t i = 0; i < community->places.size(); ++i) {
        places.push_back({"case.place." + std::to_string(i), community->places[i]});
        if (!draft.placeTyped && community->places[i] == draft.place) selectedPlace = static_cast<int>(i);
    }
    const ChipRowsRoom room = chipRowsRoom(ctx, main, ImGui::GetCursorScreenPos().x, chipsW, ctx.fonts.body);
    ImGui::BeginGroup();
    const int tappedPlace = widgets::pagedChipRow(places, selectedPlace, room.width, room.rows, ctx.fonts.body, mark,
                                                  more, paging.firstPlace);
    ImGui::EndGroup();
    if (tappedPlace >= 0) {
        ctx.actions.add(CaseAction{caseflow::ChoosePlace{community->places[static_cast<std::size_t>(tappedPlace)]}});
    }
}

}  // namespace kiosk::ui
