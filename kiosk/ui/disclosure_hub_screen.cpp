#include "ui/disclosure_hub_screen.h"
#include "ui/font_steps.h"

#include <algorithm>

#include "ui/disclosure_text.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;
}

bool drawContentUnavailable(ScreenContext& ctx) {
    if (ctx.view.disclosures) return false;
    const float width = ctx.layout.contentMax.x - ctx.layout.contentMin.x;
    widgets::textBlock(ctx.fonts.body, toImColor(widgets::theme().text),
                       ctx.strings.get(ctx.view.contentLoading ? "disclosure.loading" : "disclosure.unavailable"),
                       width);
    return true;
}

const core::DisclosureIndex* drawDisclosureHeader(ScreenContext& ctx, const char* titleKey,
                                                  DisclosureHeaderExtras* extras) {
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const std::string& title = s.get(titleKey);
    const ImVec2 titleAt = ImGui::GetCursorScreenPos();
    const ImVec2 titleSize = widgets::measureText(ctx.fonts.title, title);
    const float besideTitleWidth = extras != nullptr ? extras->besideTitleWidth : 0.0f;
    const bool beside =
        besideTitleWidth > 0 && titleSize.x + l.gap * 2 + besideTitleWidth <= width && ctx.view.disclosures != nullptr;
    if (beside) {
        const float buttonH = extras->besideTitleHeight > 0 ? extras->besideTitleHeight : l.buttonHeight;
        const float rowH = std::max(titleSize.y, buttonH);
        widgets::drawText(ImGui::GetWindowDrawList(), ctx.fonts.title,
                          ImVec2(titleAt.x, titleAt.y + (rowH - titleSize.y) * 0.5f), ink, title);
        extras->besideTitle = ImVec2(titleAt.x + width - besideTitleWidth, titleAt.y + (rowH - buttonH) * 0.5f);
        ImGui::Dummy(ImVec2(width, rowH + l.gap * 0.25f));
    } else {
        widgets::textBlock(ctx.fonts.title, ink, title, width);
    }
    if (drawContentUnavailable(ctx)) return nullptr;
    const core::DisclosureIndex& index = *ctx.view.disclosures;
    if (extras != nullptr && extras->titleOnly) return &index;
    const std::string where =
        s.format("payouts.subtitle", {index.communityName(ctx.view.communityId), monthLabel(s, ctx.view.period)});
    // Stale data is said in words beside the date, in the normal text colour: never colour alone.
    std::string updated = s.format("disclosure.updated_at", {index.set().updatedAt});
    if (ctx.view.contentStale) updated += s.get("disclosure.stale");
    const ImU32 updatedInk = toImColor(ctx.view.contentStale ? widgets::theme().text : widgets::theme().textMuted);
    // One line when it all fits: where, the screen's summary, and the date of the data at the right.
    ImFont* font = ctx.fonts.body;
    const float between = font->FontSize * 1.5f;
    const float whereW = widgets::measureText(font, where).x;
    const float updatedW = widgets::measureText(font, updated).x;
    const std::string summary = extras != nullptr ? extras->summary : std::string{};
    const float summaryW = summary.empty() ? 0.0f : widgets::measureText(font, summary).x + between;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (whereW + summaryW + between + updatedW <= width) {
        if (!summary.empty()) widgets::drawText(dl, font, ImVec2(at.x + whereW + between, at.y), ink, summary);
        widgets::drawText(dl, font, ImVec2(at.x + width - updatedW, at.y), updatedInk, updated);
        widgets::textBlock(font, ink, where, width);
        if (extras != nullptr) extras->summaryShown = !summary.empty();
    } else if (whereW + between + updatedW <= width) {
        widgets::drawText(dl, font, ImVec2(at.x + width - updatedW, at.y), updatedInk, updated);
        widgets::textBlock(font, ink, where, width);
    } else {
        widgets::textBlock(font, ink, where, width);
        widgets::textBlock(font, updatedInk, updated, width);
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    return &index;
}

void DisclosureHubScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const ImVec2 titleAt = ImGui::GetCursorScreenPos();
    widgets::textBlock(ctx.fonts.title, ink, s.get("disclosure.title"), width);
    if (ctx.view.selfRecords.available) {
        // 查我本人的记录 on the title's row, at its right: his own subsidy is the question most
        // come with (the ID card reader answers it; the lists below answer the public one).
        // (Under the title where both do not fit on one row: 特大 in portrait.)
        const std::string& label = s.get("self.open");
        const float w = widgets::measureText(ctx.fonts.body, label).x + ctx.fonts.body->FontSize * 2.0f;
        const float titleW = widgets::measureText(ctx.fonts.title, s.get("disclosure.title")).x;
        const bool beside = titleW + l.gap * 2 + w <= width;
        const float y = beside ? titleAt.y : ImGui::GetCursorScreenPos().y;
        ImGui::SetCursorScreenPos(ImVec2(beside ? l.contentMax.x - w : l.contentMin.x, y));
        if (widgets::bigButton("disclosure.self", label, ImVec2(w, l.buttonHeight), widgets::ButtonKind::Secondary,
                               ctx.fonts.body)) {
            ctx.actions.add(OpenScreen{core::ScreenId::SelfRecords});
        }
        ImGui::SetCursorScreenPos(
            ImVec2(titleAt.x, std::max(y + l.buttonHeight, titleAt.y + ctx.fonts.title->FontSize)));
    }
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    if (drawContentUnavailable(ctx)) return;
    const core::DisclosureIndex& index = *ctx.view.disclosures;

    const std::string& more = s.get("chip.more");
    const std::string& mark = s.get("chip.selected_mark");
    std::vector<widgets::ChipItem> communities;
    int selectedCommunity = -1;
    for (const auto& c : index.set().communities) {
        if (c.id == ctx.view.communityId) selectedCommunity = static_cast<int>(communities.size());
        communities.push_back({"disclosure.community." + c.id, c.name});
    }
    std::vector<widgets::ChipItem> months;
    int selectedMonth = -1;
    const std::string newestYear = index.periods().empty() ? "" : index.periods().front().substr(0, 4);
    for (const auto& p : index.periods()) {
        if (p == ctx.view.period) selectedMonth = static_cast<int>(months.size());
        // Months of the newest year say only the month; older ones say the year too.
        months.push_back({"disclosure.month." + p, monthLabel(s, p, p.substr(0, 4) == newestYear)});
    }

    // The three choices of what to read keep their place at the bottom, as tall as the chips
    // above them leave room for (between one and 1.8 buttons); the community and month chips get
    // the height above them, and page (更多 ›) only when even that is not enough.
    const int tileRows = l.portrait ? 3 : 1;
    const float labelsH = widgets::measureText(ctx.fonts.body, s.get("disclosure.choose_community"), width).y +
                          widgets::measureText(ctx.fonts.body, s.get("disclosure.choose_month"), width).y;
    const float room = l.contentMax.y - ImGui::GetCursorScreenPos().y - labelsH - l.gap * 2.5f;
    const int communityRowsNeeded =
        widgets::chipRowsNeeded(communities, selectedCommunity, width, ctx.fonts.body, mark);
    const int rowsNeeded =
        communityRowsNeeded + widgets::chipRowsNeeded(months, selectedMonth, width, ctx.fonts.body, mark);
    const float chipsH =
        static_cast<float>(rowsNeeded) * (widgets::chipHeight(ctx.fonts.body) + widgets::kTouchSpacing);
    const float tileH =
        std::clamp((room - chipsH - static_cast<float>(tileRows - 1) * l.gap) / static_cast<float>(tileRows),
                   l.buttonHeight, l.buttonHeight * 1.8f);
    const float tilesH = static_cast<float>(tileRows) * tileH + static_cast<float>(tileRows - 1) * l.gap;
    const int chipRows = std::max(2, widgets::chipRowsIn(room - tilesH, ctx.fonts.body));

    widgets::textBlock(ctx.fonts.body, toImColor(widgets::theme().textMuted), s.get("disclosure.choose_community"),
                       width);
    // The communities first (a resident knows his own), the months in the rows left.
    const int communityRows = std::min(chipRows - 1, communityRowsNeeded);
    const int tappedCommunity = widgets::pagedChipRow(communities, selectedCommunity, width, communityRows,
                                                      ctx.fonts.body, mark, more, firstCommunity_);
    if (tappedCommunity >= 0)
        ctx.actions.add(SelectCommunity{index.set().communities[static_cast<std::size_t>(tappedCommunity)].id});

    // Where the two rows of chips kept always leave the tiles short of room (特大 in landscape),
    // the communities and the months stand half a gap apart.
    const float chipRowH = widgets::chipHeight(ctx.fonts.body) + widgets::kTouchSpacing;
    const bool squeezed = static_cast<float>(chipRows) * chipRowH + tilesH > room;
    ImGui::Dummy(ImVec2(0, squeezed ? l.gap * 0.5f : l.gap));
    widgets::textBlock(ctx.fonts.body, toImColor(widgets::theme().textMuted), s.get("disclosure.choose_month"), width);
    const int tappedMonth = widgets::pagedChipRow(months, selectedMonth, width, chipRows - communityRows,
                                                  ctx.fonts.body, mark, more, firstMonth_);
    if (tappedMonth >= 0) ctx.actions.add(SelectPeriod{index.periods()[static_cast<std::size_t>(tappedMonth)]});

    // What to read: three huge choices, side by side (landscape) or stacked (portrait), drawn as
    // the home screen's tiles are (white, framed): three equal choices, none of them the red one.
    const float tileW = l.portrait ? width : (width - l.gap * 2) / 3;
    const struct {
        const char* id;
        const char* label;
        core::ScreenId screen;
    } choices[] = {{"disclosure.payouts", "payouts.open", core::ScreenId::Payouts},
                   {"disclosure.finances", "finances.open", core::ScreenId::Finances},
                   {"disclosure.notices", "notices.open", core::ScreenId::Notices}};
    // Where even so the tiles would come closer than half a gap to the months, the tiles give
    // way, not the gap: they start half a gap under the months (their words a title step down
    // where the title size would crowd them).
    const float chipsBottom = ImGui::GetCursorScreenPos().y;
    float tilesTop = l.contentMax.y - tilesH;
    float shownTileH = tileH;
    if (!l.portrait && tilesTop < chipsBottom + l.gap * 0.5f) {
        tilesTop = chipsBottom + l.gap * 0.5f;
        shownTileH = std::max(widgets::kMinTouchTarget, l.contentMax.y - tilesTop);
    }
    ImFont* tileFont = largestTitleThatFits(ctx.fonts, [&](ImFont* f) { return shownTileH >= f->FontSize * 1.2f; });
    ImGui::SetCursorScreenPos(ImVec2(l.contentMin.x, tilesTop));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < std::size(choices); ++i) {
        const float fi = static_cast<float>(i);
        ImGui::SetCursorScreenPos(l.portrait ? ImVec2(origin.x, origin.y + fi * (tileH + l.gap))
                                             : ImVec2(origin.x + fi * (tileW + l.gap), origin.y));
        if (widgets::bigButton(choices[i].id, s.get(choices[i].label), ImVec2(tileW, shownTileH),
                               widgets::ButtonKind::Secondary, tileFont)) {
            ctx.actions.add(OpenScreen{choices[i].screen});
        }
    }
}

}  // namespace kiosk::ui
