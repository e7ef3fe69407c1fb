#include "ui/guide_screen.h"

#include <algorithm>
#include <cmath>

#include "ui/list_labels.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/icons.h"
#include "widgets/kinetic_list.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

const core::Guide* shownGuide(const AppView& view) {
    if (!view.guides || view.guides->empty()) return nullptr;
    for (const core::Guide& g : *view.guides)
        if (g.id == view.guideId) return &g;
    return &view.guides->front();
}

// Where a step's words start, from the left of its row: after its numbered circle.
float stepTextOffset(const ScreenContext& ctx) {
    return ctx.fonts.body->FontSize * 2.0f;
}

// The height a step takes in a column `width` wide, with the gap under it.
float stepHeight(const ScreenContext& ctx, const std::string& text, float width) {
    ImFont* font = ctx.fonts.body;
    const float words = widgets::measureText(font, text, width - stepTextOffset(ctx)).y;
    return std::max(words, font->FontSize * 1.25f) + ctx.layout.gap * 0.6f;
}

// A step: its number in a filled circle, the words beside it.
void stepRow(ScreenContext& ctx, int number, const std::string& text, float width) {
    ImFont* font = ctx.fonts.body;
    const float r = font->FontSize * 0.75f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 center(at.x + r, at.y + font->FontSize * 0.5f);
    dl->AddCircleFilled(center, r, widgets::toImColor(widgets::theme().primary), 32);
    const std::string digits = std::to_string(number);
    const ImVec2 size = widgets::measureText(font, digits);
    widgets::drawText(dl, font, ImVec2(center.x - size.x * 0.5f, center.y - size.y * 0.5f),
                      widgets::toImColor(widgets::theme().onPrimary), digits);
    const float textX = at.x + stepTextOffset(ctx);
    ImGui::SetCursorScreenPos(ImVec2(textX, at.y));
    widgets::textBlock(font, widgets::inkColor(), text, width - (textX - at.x));
    // Below the step's last line (textBlock moves the cursor there) or its circle, whichever is lower.
    const float textBottom = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(textBottom, center.y + r) + ctx.layout.gap * 0.6f));
}

}  // namespace

std::string guideSpeech(const core::Guide& guide, const core::StringTable& strings) {
    std::string text = guide.title + "。";
    for (std::size_t i = 0; i < guide.steps.size(); ++i)
        text += strings.format("guide.step_spoken", {std::to_string(i + 1)}) + guide.steps[i];
    return text;
}

void GuideScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), s.get("guide.title"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    const core::Guide* guide = shownGuide(ctx.view);
    if (!guide) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("guide.none"), width);
        return;
    }
    // The topics, and beside them (below them in portrait) 听一听 and 看一遍演示: the buttons stay
    // near the top whatever the text size, the steps take the rest.
    const std::string& listen = s.get("guide.listen");
    const std::string& demo = s.get("guide.demo");
    const bool offersDemo = guide->demonstration && ctx.view.demonstrationAvailable;
    ImFont* font = ctx.fonts.body;
    const float listenW = widgets::measureText(font, listen).x + font->FontSize * 2;
    const float demoW = offersDemo ? widgets::measureText(font, demo).x + font->FontSize * 2 : 0.0f;
    const float buttonsW = listenW + (offersDemo ? l.gap + demoW : 0.0f);
    std::vector<widgets::ChipItem> topics;
    int selected = 0;
    float chipsW = 0;
    for (std::size_t i = 0; i < ctx.view.guides->size(); ++i) {
        const core::Guide& g = (*ctx.view.guides)[i];
        topics.push_back({"guide.topic." + g.id, g.title});
        if (&g == guide) selected = static_cast<int>(i);
        chipsW += widgets::chipWidth(font, g.title) + l.gap;
    }
    const bool buttonsBeside = chipsW + buttonsW + l.gap <= width;
    const ImVec2 rowAt = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    const int tapped = widgets::chipRow(topics, selected, buttonsBeside ? width - buttonsW - l.gap : width, font,
                                        s.get("chip.selected_mark"));
    ImGui::EndGroup();
    if (tapped >= 0) ctx.actions.add(ShowGuide{(*ctx.view.guides)[static_cast<std::size_t>(tapped)].id});
    float rowBottom = ImGui::GetItemRectMax().y;
    const float buttonH = std::max(l.buttonHeight, widgets::chipHeight(font));
    ImGui::SetCursorScreenPos(buttonsBeside ? ImVec2(l.contentMax.x - buttonsW, rowAt.y)
                                            : ImVec2(rowAt.x, rowBottom + l.gap));
    if (widgets::bigButton("guide.listen", listen, ImVec2(std::min(listenW, width), buttonH),
                           widgets::ButtonKind::Secondary, font))
        ctx.actions.add(Speak{guideSpeech(*guide, s)});
    if (offersDemo) {
        if (listenW + l.gap + demoW <= width)
            ImGui::SameLine(0, l.gap);
        else
            ImGui::Dummy(ImVec2(0, l.gap));
        if (widgets::bigButton("guide.demo", demo, ImVec2(std::min(demoW, width), buttonH),
                               widgets::ButtonKind::Primary, font))
            ctx.actions.add(TourAction{TourAction::Op::Start});
    }
    rowBottom = std::max(rowBottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(rowAt.x, rowBottom + l.gap));

    // The picture beside the steps in landscape, above them in portrait.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // The picture is whole or smaller, never cut by the screen's bottom edge.
    const float pictureSize = std::min(std::round(ctx.fonts.title->FontSize * (l.portrait ? 2.0f : 2.4f)),
                                       std::floor((l.contentMax.y - top.y) / 1.1f));
    // In portrait the picture stands above the steps: where the steps would not all fit under it,
    // it gives way to them (the words are what must be read).
    float allStepsH = 0;
    for (const std::string& step : guide->steps) allStepsH += stepHeight(ctx, step, l.contentMax.x - top.x);
    const bool pictureFits = !l.portrait || top.y + pictureSize * 1.1f + l.gap + allStepsH <= l.contentMax.y;
    const widgets::Icon icon = pictureFits ? widgets::iconFromName(guide->icon) : widgets::Icon::None;
    float stepsX = top.x;
    if (icon != widgets::Icon::None) {
        widgets::drawIcon(ImGui::GetWindowDrawList(), icon,
                          ImVec2(top.x + pictureSize * 0.6f, top.y + pictureSize * 0.55f), pictureSize,
                          widgets::toImColor(widgets::theme().primary));
        if (l.portrait) {
            ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + pictureSize * 1.1f + l.gap));
        } else {
            stepsX = top.x + pictureSize * 1.2f + l.gap;
            ImGui::SetCursorScreenPos(ImVec2(stepsX, top.y));
        }
    }
    // The steps, a page at a time where they do not all fit (▲ ▼ and the page count beside them,
    // under them in portrait): a step is never cut in half.
    const ImVec2 stepsAt = ImGui::GetCursorScreenPos();
    const widgets::PagedBox box = widgets::pagedBox(
        stepsAt, ImVec2(l.contentMax.x - stepsX, l.contentMax.y - stepsAt.y), ctx.fonts.bar, l.portrait);
    float allSteps = 0;
    for (const std::string& step : guide->steps) allSteps += stepHeight(ctx, step, box.size.x);
    const bool paged = allSteps > box.size.y;
    const float stepsW = paged ? box.room.x : box.size.x;
    const float pageH = paged ? box.room.y : box.size.y;
    std::vector<std::size_t> pageStarts{0};
    float used = 0;
    for (std::size_t i = 0; i < guide->steps.size(); ++i) {
        const float h = stepHeight(ctx, guide->steps[i], stepsW);
        if (used > 0 && used + h > pageH) {
            pageStarts.push_back(i);
            used = 0;
        }
        used += h;
    }
    if (guide->id != pagedGuide_) {
        pagedGuide_ = guide->id;
        page_ = 0;
    }
    const int pages = static_cast<int>(pageStarts.size());
    page_ = std::clamp(page_, 0, pages - 1);
    const std::size_t first = pageStarts[static_cast<std::size_t>(page_)];
    const std::size_t end = page_ + 1 < pages ? pageStarts[static_cast<std::size_t>(page_) + 1] : guide->steps.size();
    ImGui::BeginGroup();
    for (std::size_t i = first; i < end; ++i) stepRow(ctx, static_cast<int>(i) + 1, guide->steps[i], stepsW);
    ImGui::EndGroup();
    if (pages > 1) {
        const widgets::PagePosition at{page_ + 1, pages, page_ > 0, page_ + 1 < pages};
        page_ += widgets::pageControls("guide.steps", box, pageH, at, listLabels(s), ctx.fonts.bar);
        return;
    }
    // What the demonstration is, where there is room for it (the steps come first).
    if (offersDemo) {
        const std::string& hint = s.get("guide.demo_hint");
        const float hintY = ImGui::GetItemRectMax().y + l.gap * 0.4f;
        if (hintY + widgets::measureText(font, hint, width).y <= l.contentMax.y) {
            ImGui::SetCursorScreenPos(ImVec2(top.x, hintY));
            widgets::textBlock(font, widgets::mutedInkColor(), hint, width);
        }
    }
}

}  // namespace kiosk::ui
