#include "ui/tour_panel.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "widgets/big_button.h"
#include "widgets/colors.h"
#include "widgets/drawn_words.h"
#include "widgets/frame_control.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::ui {
namespace {

// The demonstration's colours whatever the scheme: the yellow of 演示模式 on near-black.
constexpr ImU32 kDemoYellow = IM_COL32(255, 214, 0, 255);
constexpr ImU32 kPanelPaper = IM_COL32(24, 24, 24, 255);  // opaque: nothing of the screen shows through
constexpr ImU32 kPanelInk = IM_COL32(255, 255, 255, 255);
constexpr float kRingWidth = 10.0f;

}  // namespace

void drawCoachRing(const ScreenContext& ctx) {
    const TourView& tour = ctx.view.tour;
    if (!tour.ringShown) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float out = kRingWidth * 1.5f;
    const ImVec2 min(tour.ringMin.x - out, tour.ringMin.y - out);
    const ImVec2 max(tour.ringMax.x + out, tour.ringMax.y + out);
    // Black edges round the yellow: seen on the white cards and on the red buttons alike.
    dl->AddRect(min, max, IM_COL32(0, 0, 0, 255), 16.0f, 0, kRingWidth + 6.0f);
    dl->AddRect(min, max, kDemoYellow, 16.0f, 0, kRingWidth);
    if (tour.coachHint.empty()) return;
    // The hint in a yellow tag by the ring: above it, else below it, at its left or its right end,
    // else inside the widget along its bottom (a card's empty lower part) — the first of these
    // places with none of the screen's words under it (a tag over the title hid "您好！请"). Where
    // none is clear (特大: the title over the ring, the next row's words under it), the row above
    // the ring, then the one below, is searched across the screen: the tag stays level with the
    // ring, if not at its end; else inside the widget along its top; else above it. Each place is taken only if it
    // covers no other button either; where every place covers one, the first with no words under it.
    ImFont* font = ctx.fonts.bar;
    const float pad = font->FontSize * 0.4f;
    const float maxW = std::min(ctx.layout.display.x - ctx.layout.margin * 2, font->FontSize * 22.0f);
    const ImVec2 text = widgets::measureText(font, tour.coachHint, maxW);
    const ImVec2 tag(text.x + pad * 2, text.y + pad * 2);
    enum class Where { Above, Below, InsideBottom, InsideTop };
    auto place = [&](Where where, bool leftEnd) {
        const float inset = where == Where::InsideBottom || where == Where::InsideTop ? out + kRingWidth : 0.0f;
        float px = std::clamp(leftEnd ? min.x + inset : max.x - inset - tag.x, ctx.layout.margin,
                              ctx.layout.display.x - ctx.layout.margin - tag.x);
        float py = where == Where::Above       ? min.y - tag.y - 8.0f
                   : where == Where::Below     ? max.y + 8.0f
                   : where == Where::InsideTop ? min.y + inset
                                               : max.y - inset - tag.y;
        return ImVec2(px, py);
    };
    std::vector<ImVec2> places;
    for (const auto& [where, leftEnd] : {std::pair{Where::Above, true}, std::pair{Where::Above, false},
                                         std::pair{Where::Below, true}, std::pair{Where::Below, false},
                                         std::pair{Where::InsideBottom, false}, std::pair{Where::InsideBottom, true}}) {
        places.push_back(place(where, leftEnd));
    }
    const float step = std::max(8.0f, tag.x * 0.25f);
    for (const Where where : {Where::Above, Where::Below}) {
        const float rowY = place(where, true).y;
        for (float px = ctx.layout.margin; px + tag.x <= ctx.layout.display.x - ctx.layout.margin; px += step) {
            places.emplace_back(px, rowY);
        }
    }
    // Last, inside the widget along its top (over a home tile's picture, in portrait where the
    // rows above and below are other tiles).
    places.push_back(place(Where::InsideTop, false));
    places.push_back(place(Where::InsideTop, true));
    const widgets::DrawnWords words;  // one pass over what is drawn, for every place tried
    auto clear = [&](ImVec2 p) {
        return p.y >= ctx.layout.topBarHeight && p.y + tag.y <= ctx.layout.display.y &&
               !words.anyIn(p, ImVec2(p.x + tag.x, p.y + tag.y));
    };
    // Nor over another button: a tag on 扫码 while the ring is on 我要反映 sent his eyes (and
    // finger) to the wrong tile. The ringed widget itself, and areas as large as half the screen
    // (a list's drag area), do not count.
    const float screenArea = ctx.layout.display.x * ctx.layout.display.y;
    auto overOtherTarget = [&](ImVec2 p) {
        const ImVec2 q(p.x + tag.x, p.y + tag.y);
        for (const widgets::WidgetRecord& w : widgets::currentRegistry().widgets()) {
            const bool ringed = std::abs(w.min.x - tour.ringMin.x) < 1 && std::abs(w.min.y - tour.ringMin.y) < 1 &&
                                std::abs(w.max.x - tour.ringMax.x) < 1 && std::abs(w.max.y - tour.ringMax.y) < 1;
            const bool vast = (w.max.x - w.min.x) * (w.max.y - w.min.y) >= screenArea * 0.5f;
            if (ringed || vast) continue;
            if (w.min.x < q.x && p.x < w.max.x && w.min.y < q.y && p.y < w.max.y) return true;
        }
        return false;
    };
    auto found = std::find_if(places.begin(), places.end(), [&](ImVec2 p) { return clear(p) && !overOtherTarget(p); });
    if (found == places.end()) found = std::find_if(places.begin(), places.end(), clear);
    const ImVec2 at = found != places.end() ? *found : places.front();
    const float x = std::round(at.x);
    const float y = std::round(std::clamp(at.y, ctx.layout.topBarHeight, ctx.layout.display.y - tag.y));
    widgets::currentRegistry().addOverlay("tour.coach_tag", ImVec2(x, y), ImVec2(x + tag.x, y + tag.y));
    widgets::fillRoundedRect(*dl, ImVec2(x, y), ImVec2(x + tag.x, y + tag.y), kDemoYellow, 8.0f);
    dl->AddRect(ImVec2(x, y), ImVec2(x + tag.x, y + tag.y), IM_COL32(0, 0, 0, 255), 8.0f, 0, 3.0f);
    widgets::drawText(dl, font, ImVec2(x + pad, y + pad), IM_COL32(0, 0, 0, 255), tour.coachHint, maxW);
}

namespace {

// The panel's parts: the caption's font and width, the buttons' size.
struct PanelShape {
    ImFont* captionFont;
    ImFont* buttonFont;
    float pad;
    float width;
    ImVec2 buttonSize;
    float buttonsW;
    float captionW;
    std::string caption;
    float captionH;
    float height;
};

PanelShape panelShape(const Layout& l, const widgets::FontSet& fonts, const core::StringTable& s,
                      const TourView& tour) {
    PanelShape p;
    // The controls' font whatever the resident chose: the panel must leave the screen room.
    p.captionFont = fonts.bar;
    p.buttonFont = fonts.bar;
    p.pad = l.gap;
    p.width = l.display.x - l.margin * 2;
    p.buttonSize = ImVec2(std::max(p.buttonFont->FontSize * 5.0f, 200.0f),
                          std::max(widgets::kMinTouchTarget, p.buttonFont->FontSize * 2.0f));
    // Landscape: caption left, buttons side by side on the right; portrait: buttons under it.
    p.buttonsW = p.buttonSize.x * 2 + widgets::kTouchSpacing + 1.0f;
    p.captionW = l.portrait ? p.width - p.pad * 2 : p.width - p.pad * 3 - p.buttonsW;
    p.caption = tour.caption.empty() ? s.get("tour.starting") : tour.caption;
    p.captionH = std::max(widgets::measureText(p.captionFont, p.caption, p.captionW).y, p.captionFont->FontSize);
    p.height = l.portrait ? p.pad * 3 + p.captionH + p.buttonSize.y : p.pad * 2 + std::max(p.captionH, p.buttonSize.y);
    return p;
}

}  // namespace

float tourPanelHeight(const Layout& layout, const widgets::FontSet& fonts, const core::StringTable& strings,
                      const TourView& tour) {
    return panelShape(layout, fonts, strings, tour).height;
}

PanelRect drawTourPanel(ScreenContext& ctx) {
    const TourView& tour = ctx.view.tour;
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const PanelShape p = panelShape(l, ctx.fonts, s, tour);
    ImFont* captionFont = p.captionFont;
    ImFont* buttonFont = p.buttonFont;
    const float pad = p.pad;
    const float width = p.width;
    const ImVec2 buttonSize = p.buttonSize;
    const float buttonsW = p.buttonsW;
    const float captionW = p.captionW;
    const std::string& caption = p.caption;
    const float captionH = p.captionH;
    const float height = p.height;
    const ImVec2 min(l.margin, l.display.y - l.margin - height);
    const ImVec2 max(min.x + width, min.y + height);

    ImGui::SetNextWindowPos(min);
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;
    ImGui::Begin("##tour", nullptr, kFlags);
    widgets::bringCurrentWindowToFront();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    widgets::fillRoundedRect(*dl, min, max, kPanelPaper, 12.0f);
    dl->AddRect(min, max, kDemoYellow, 12.0f, 0, 6.0f);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    widgets::textBlock(captionFont, kPanelInk, caption, captionW);
    const ImVec2 buttonsAt = l.portrait ? ImVec2(max.x - pad - buttonsW, min.y + pad * 2 + captionH)
                                        : ImVec2(max.x - pad - buttonsW, min.y + (height - buttonSize.y) * 0.5f);
    ImGui::SetCursorScreenPos(buttonsAt);
    if (tour.paused) {
        if (widgets::bigButton("tour.resume", s.get("tour.resume"), buttonSize, widgets::ButtonKind::Primary,
                               buttonFont))
            ctx.actions.add(TourAction{TourAction::Op::Resume});
    } else if (widgets::bigButton("tour.pause", s.get("tour.pause"), buttonSize, widgets::ButtonKind::Secondary,
                                  buttonFont)) {
        ctx.actions.add(TourAction{TourAction::Op::Pause});
    }
    ImGui::SameLine(0, widgets::kTouchSpacing + 1.0f);
    if (widgets::bigButton("tour.stop", s.get("tour.stop"), buttonSize, widgets::ButtonKind::Secondary, buttonFont))
        ctx.actions.add(TourAction{TourAction::Op::Stop});
    ImGui::End();
    ImGui::PopStyleVar(2);
    return {min, max};
}

}  // namespace kiosk::ui
