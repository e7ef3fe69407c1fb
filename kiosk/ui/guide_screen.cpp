#include "ui/guide_screen.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/icons.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

const core::Guide* shownGuide(const AppView& view) {
    if (!view.guides || view.guides->empty()) return nullptr;
    for (const core::Guide& g : *view.guides)
        if (g.id == view.guideId) return &g;
    return &view.guides->front();
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
    const float textX = at.x + r * 2 + font->FontSize * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(textX, at.y));
    widgets::textBlock(font, widgets::inkColor(), text, width - (textX - at.x));
    ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(ImGui::GetItemRectMax().y, center.y + r) + ctx.layout.gap * 0.6f));
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
    std::vector<widgets::ChipItem> topics;
    int selected = 0;
    for (std::size_t i = 0; i < ctx.view.guides->size(); ++i) {
        const core::Guide& g = (*ctx.view.guides)[i];
        topics.push_back({"guide.topic." + g.id, g.title});
        if (&g == guide) selected = static_cast<int>(i);
    }
    ImGui::BeginGroup();
    const int tapped = widgets::chipRow(topics, selected, width, ctx.fonts.body, s.get("chip.selected_mark"));
    ImGui::EndGroup();
    if (tapped >= 0) ctx.actions.add(ShowGuide{(*ctx.view.guides)[static_cast<std::size_t>(tapped)].id});
    ImGui::Dummy(ImVec2(0, l.gap));

    // The picture beside the steps in landscape, above them in portrait.
    const float pictureSize = std::round(ctx.fonts.title->FontSize * (l.portrait ? 2.2f : 3.2f));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const widgets::Icon icon = widgets::iconFromName(guide->icon);
    float stepsX = top.x;
    if (icon != widgets::Icon::None) {
        const ImVec2 center = l.portrait ? ImVec2(top.x + pictureSize * 0.6f, top.y + pictureSize * 0.5f)
                                         : ImVec2(top.x + pictureSize * 0.6f, top.y + pictureSize * 0.6f);
        widgets::drawIcon(ImGui::GetWindowDrawList(), icon, center, pictureSize,
                          widgets::toImColor(widgets::theme().primary));
        if (l.portrait) {
            ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + pictureSize + l.gap));
        } else {
            stepsX = top.x + pictureSize * 1.2f + l.gap;
            ImGui::SetCursorScreenPos(ImVec2(stepsX, top.y));
        }
    }
    const float stepsW = l.contentMax.x - (l.portrait ? top.x : stepsX);
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < guide->steps.size(); ++i)
        stepRow(ctx, static_cast<int>(i) + 1, guide->steps[i], stepsW);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x, ImGui::GetItemRectMax().y + l.gap * 0.4f));

    // 听一听, and for the filing topic 看一遍演示 with what it is.
    const std::string& listen = s.get("guide.listen");
    const std::string& demo = s.get("guide.demo");
    const bool offersDemo = guide->demonstration && ctx.view.demonstrationAvailable;
    const float buttonH = l.buttonHeight;
    const float listenW = widgets::measureText(ctx.fonts.body, listen).x + ctx.fonts.body->FontSize * 2;
    const float demoW = widgets::measureText(ctx.fonts.body, demo).x + ctx.fonts.body->FontSize * 2;
    if (widgets::bigButton("guide.listen", listen, ImVec2(std::min(listenW, width), buttonH),
                           widgets::ButtonKind::Secondary, ctx.fonts.body))
        ctx.actions.add(Speak{guideSpeech(*guide, s)});
    if (!offersDemo) return;
    const bool sameRow = listenW + l.gap + demoW <= width;
    if (sameRow) ImGui::SameLine(0, l.gap);
    if (widgets::bigButton("guide.demo", demo, ImVec2(std::min(demoW, width), buttonH), widgets::ButtonKind::Primary,
                           ctx.fonts.body))
        ctx.actions.add(TourAction{TourAction::Op::Start});
    widgets::textBlock(ctx.fonts.body, widgets::mutedInkColor(), s.get("guide.demo_hint"), width);
}

}  // namespace kiosk::ui
