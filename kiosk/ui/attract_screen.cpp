#include "ui/attract_screen.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/ticker_strip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/qr_view.h"
#include "widgets/text.h"
#include "widgets/touch_area.h"

namespace kiosk::ui {
namespace {

using widgets::toImColor;

// Fits an image into a box keeping its aspect ratio; returns the drawn rectangle's max corner.
ImVec2 drawImageFitted(ImDrawList* dl, const TextureInfo& tex, ImVec2 min, ImVec2 maxSize) {
    const float scale = std::min(maxSize.x / static_cast<float>(tex.width), maxSize.y / static_cast<float>(tex.height));
    const ImVec2 size(static_cast<float>(tex.width) * scale, static_cast<float>(tex.height) * scale);
    dl->AddImage(tex.id, min, ImVec2(min.x + size.x, min.y + size.y));
    return ImVec2(min.x + size.x, min.y + size.y);
}

}  // namespace

void AttractScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const core::StringTable& s = ctx.strings;

    // Submitted first so it owns the touch: anywhere on the screen wakes the kiosk.
    const std::string& hint = s.get("attract.touch_to_start");
    if (widgets::touchArea("attract.wake", hint, ImVec2(0, 0), l.display)) ctx.actions.add(WakeUp{});
    // Outside opening hours, black: nothing drawn, a touch still wakes the kiosk.
    if (ctx.view.displayMode == core::DisplayMode::Blank) return;

    const float margin = l.margin * 2.0f;
    // Screen-burn protection: everything but the touch area drifts a few pixels now and then.
    const ImVec2 o(static_cast<float>(ctx.view.attractDrift.x), static_cast<float>(ctx.view.attractDrift.y));
    const float hintH = ctx.fonts.title->FontSize * 2.0f;
    // 扫码用手机监督: the platform's QR code in the bottom-right corner, always there, so a passer-by
    // can join from a phone without touching the kiosk.
    const std::string& link = ctx.view.platformHomeLink;
    const std::string& qrHint = s.get("attract.scan_with_phone");
    const float qrSide = link.empty() ? 0.0f : std::round(std::min(280.0f, l.display.y * 0.22f));
    const float qrBlockW = link.empty() ? 0.0f : std::max(qrSide, widgets::measureText(ctx.fonts.body, qrHint).x);
    const float qrHintH = link.empty() ? 0.0f : widgets::measureText(ctx.fonts.body, qrHint, qrBlockW).y;
    const float bottomH = link.empty() ? hintH : std::max(hintH, qrSide + qrHintH + l.gap * 0.5f);
    // The slogan strip runs right across the screen above the bottom row.
    const float stripH = ctx.view.tickerText.empty() ? 0.0f : tickerStripHeight(ctx);
    const float stripGap = ctx.view.tickerText.empty() ? 0.0f : l.gap * 2;
    const float counterH = ctx.fonts.body->FontSize - margin * 0.5f + l.gap * 0.5f;  // the "2 / 4" line
    const ImVec2 area(l.display.x - margin * 2,
                      l.display.y - margin * 2 - bottomH - l.gap - stripH - stripGap - counterH);

    const auto* items = ctx.view.announcements;
    if (items && ctx.view.attractSlide && *ctx.view.attractSlide < items->size()) {
        const core::Announcement& a = (*items)[*ctx.view.attractSlide];
        // "2 / 4": where in the loop we are.
        const std::string counter =
            std::to_string(ctx.view.attractPosition) + " / " + std::to_string(ctx.view.attractLoopLength);
        const ImVec2 cs = widgets::measureText(ctx.fonts.body, counter);
        widgets::drawText(dl, ctx.fonts.body, ImVec2(l.display.x - margin - cs.x + o.x, margin * 0.5f + o.y),
                          toImColor(widgets::theme().onAttract), counter);
        // The picture and the text start below the counter's line: nothing is drawn over it.
        const float top = margin * 0.5f + cs.y + l.gap * 0.5f;
        ImVec2 textMin(margin + o.x, top + o.y);
        float textWidth = area.x;
        // The video where there is one playing, else the picture (also the video's stand-in while
        // it starts, and where it cannot be played).
        std::optional<TextureInfo> picture = ctx.view.attractVideo;
        if (!picture && !a.imagePath.empty()) picture = ctx.images.texture(a.imagePath);
        {
            if (const auto& tex = picture) {
                if (l.portrait) {
                    const ImVec2 end = drawImageFitted(dl, *tex, textMin, ImVec2(area.x, area.y * 0.4f));
                    textMin.y = end.y + l.gap * 2;
                } else {
                    const ImVec2 end = drawImageFitted(dl, *tex, textMin, ImVec2(area.x * 0.45f, area.y));
                    textMin.x = end.x + l.gap * 2;
                    textWidth = area.x - (end.x - margin - o.x) - l.gap * 2;
                }
            }
        }
        widgets::drawText(dl, ctx.fonts.title, textMin, toImColor(widgets::theme().attractAccent), a.title, textWidth);
        const float titleH = widgets::measureText(ctx.fonts.title, a.title, textWidth).y;
        // The body's whole lines that fit above the slogan strip (at 大 and 特大 a long text does
        // not): the last one shown ends in "…", and none is drawn under the strip.
        const float textBottom = l.display.y - margin - bottomH - l.gap - stripH - stripGap * 0.5f + o.y;
        const float bodyTop = textMin.y + titleH + l.gap;
        std::vector<std::string> lines = widgets::wrappedLines(ctx.fonts.body, a.body, textWidth);
        const auto room = static_cast<std::size_t>(std::max(0.0f, (textBottom - bodyTop) / ctx.fonts.body->FontSize));
        if (lines.size() > room) {
            lines.resize(room);
            if (!lines.empty()) lines.back() = widgets::withEllipsis(ctx.fonts.body, lines.back() + "…", textWidth);
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            widgets::drawText(dl, ctx.fonts.body,
                              ImVec2(textMin.x, bodyTop + ctx.fonts.body->FontSize * static_cast<float>(i)),
                              toImColor(widgets::theme().onAttract), lines[i]);
        }
    } else {
        widgets::drawText(dl, ctx.fonts.title, ImVec2(margin + o.x, margin + o.y),
                          toImColor(widgets::theme().attractAccent), ctx.view.hallName, area.x);
    }

    if (!link.empty()) {
        const float blockX = l.display.x - margin - qrBlockW + o.x;
        const float hintY = l.display.y - margin - qrSide - qrHintH - l.gap * 0.5f + o.y;
        widgets::drawText(dl, ctx.fonts.body, ImVec2(blockX, hintY), toImColor(widgets::theme().onAttract), qrHint,
                          qrBlockW);
        ImGui::SetCursorScreenPos(ImVec2(blockX + (qrBlockW - qrSide) * 0.5f, l.display.y - margin - qrSide + o.y));
        widgets::qrCode("attract.qr", link, qrSide);
    }

    if (stripH > 0) {
        const float stripY = std::round(l.display.y - margin - bottomH - l.gap - stripH + o.y);
        drawTickerStrip(ctx, ImVec2(0, stripY), ImVec2(l.display.x, stripY + stripH));
    }

    // The invitation, in a bordered band across the bottom (left of the QR code).
    const ImVec2 bandMin(margin + o.x, l.display.y - margin - hintH + o.y);
    const ImVec2 bandMax(l.display.x - margin - (link.empty() ? 0.0f : qrBlockW + l.gap * 2) + o.x,
                         l.display.y - margin + o.y);
    dl->AddRect(bandMin, bandMax, toImColor(widgets::theme().attractAccent), 24.0f, 0, 4.0f);
    widgets::drawTextCentered(dl, ctx.fonts.title, bandMin, bandMax, toImColor(widgets::theme().attractAccent), hint);
    // Outside opening hours, dimmed: the same picture at a quarter of its light.
    if (ctx.view.displayMode == core::DisplayMode::Dim)
        dl->AddRectFilled(ImVec2(0, 0), l.display, IM_COL32(0, 0, 0, 190));
}

}  // namespace kiosk::ui
