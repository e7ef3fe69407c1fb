#include "ui/attract_screen.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/ticker_strip.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/qr_view.h"
#include "widgets/text.h"
#include "widgets/touch_area.h"
#include "widgets/widget_registry.h"

namespace kiosk::ui {
namespace {

using widgets::toImColor;

// The size of an image fitted into a box, its aspect kept.
ImVec2 fittedSize(const TextureInfo& tex, ImVec2 box) {
    const float scale = std::min(box.x / static_cast<float>(tex.width), box.y / static_cast<float>(tex.height));
    return ImVec2(static_cast<float>(tex.width) * scale, static_cast<float>(tex.height) * scale);
}

// Fits an image into a box keeping its aspect ratio; returns the drawn rectangle's max corner.
// One within a pixel of its fitted size (the video, decoded at the size it is shown) is drawn at
// its own size on whole pixels: the frame loop then copies it to the screen rather than scaling
// it through the shader, 25 times a second.
ImVec2 drawImageFitted(ImDrawList* dl, const TextureInfo& tex, ImVec2 min, ImVec2 maxSize) {
    ImVec2 size = fittedSize(tex, maxSize);
    const ImVec2 own(static_cast<float>(tex.width), static_cast<float>(tex.height));
    if (own.x <= maxSize.x && own.y <= maxSize.y && size.x - own.x < 1.0f && size.y - own.y < 1.0f) {
        size = own;
        min = ImVec2(std::round(min.x), std::round(min.y));
    }
    dl->AddImage(tex.id, min, ImVec2(min.x + size.x, min.y + size.y));
    return ImVec2(min.x + size.x, min.y + size.y);
}

// Asks for the video's frames at the whole-pixel size it fits `box` at, when they are not.
void showVideoFitted(ScreenContext& ctx, const TextureInfo& video, ImVec2 box) {
    const ImVec2 fitted = fittedSize(video, box);
    const int width = static_cast<int>(std::floor(fitted.x));
    const int height = static_cast<int>(std::floor(fitted.y));
    if (width != video.width || height != video.height) ctx.actions.add(ShowVideoAt{width, height});
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

    // The screen's edges keep the standard size's margin: at 特大 twice a larger one took the
    // announcement's room.
    const float margin = std::round(ctx.fonts.standard->FontSize * 0.6f) * 2.0f;
    // Screen-burn protection: everything but the touch area drifts a few pixels now and then.
    const ImVec2 o(static_cast<float>(ctx.view.attractDrift.x), static_cast<float>(ctx.view.attractDrift.y));
    const float hintH = std::max(widgets::kMinTouchTarget * 1.5f, std::round(ctx.fonts.title->FontSize * 1.6f));
    // 扫码用手机监督: the platform's QR code in the bottom-right corner, always there, so a passer-by
    // can join from a phone without touching the kiosk. Its sentence is as wide as it needs, or
    // wraps to the code's width where the invitation beside it would not fit its words otherwise
    // (特大 in portrait).
    const std::string& link = ctx.view.platformHomeLink;
    const std::string& qrHint = s.get("attract.scan_with_phone");
    const float qrSide = link.empty() ? 0.0f : std::round(std::min(280.0f, l.display.y * 0.22f));
    auto bandWidthBeside = [&](float qrBlockW) {
        return l.display.x - margin * 2 - (link.empty() ? 0.0f : qrBlockW + l.gap * 2);
    };
    auto hintFits = [&](ImFont* font, float bandW) {
        return widgets::measureText(font, hint).x + ctx.fonts.title->FontSize <= bandW;
    };
    // In landscape the sentence stands left of the code, in two lines (over it, it took the
    // announcement's height: at 特大 its words did not show at all); in portrait over it.
    const float qrHintOneLineW = widgets::measureText(ctx.fonts.body, qrHint).x;
    const float besideW = std::round(qrHintOneLineW * 0.5f + ctx.fonts.body->FontSize);
    float qrBlockW = link.empty() ? 0.0f : l.portrait ? std::max(qrSide, qrHintOneLineW) : besideW + l.gap + qrSide;
    if (!link.empty() && l.portrait && !hintFits(ctx.fonts.title, bandWidthBeside(qrBlockW))) qrBlockW = qrSide;
    // The invitation in the title's size where it fits its band, else a step smaller.
    ImFont* hintFont = ctx.fonts.body;
    for (ImFont* f : {ctx.fonts.title, ctx.fonts.titleStep}) {
        if (f != nullptr && hintFits(f, bandWidthBeside(qrBlockW))) {
            hintFont = f;
            break;
        }
    }
    const float qrHintW = l.portrait ? qrBlockW : besideW;
    const float qrHintH = link.empty() ? 0.0f : widgets::measureText(ctx.fonts.body, qrHint, qrHintW).y;
    const float bottomH = link.empty() ? hintH
                          : l.portrait ? std::max(hintH, qrSide + qrHintH + l.gap * 0.5f)
                                       : std::max({hintH, qrSide, qrHintH});
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
        const float textBottom = l.display.y - margin - bottomH - l.gap - stripH - stripGap * 0.5f + o.y;
        // The video where there is one playing, else the picture (also the video's stand-in while
        // it starts, and where it cannot be played).
        std::optional<TextureInfo> picture = ctx.view.attractVideo;
        if (!picture && !a.imagePath.empty()) picture = ctx.images.texture(a.imagePath);
        // The words' height in a column `width` wide: the title, a gap, the body's lines.
        auto wordsHeight = [&](float width, ImFont* bodyFont) {
            return widgets::measureText(ctx.fonts.title, a.title, width).y + l.gap +
                   static_cast<float>(widgets::wrappedLines(bodyFont, a.body, width).size()) * bodyFont->FontSize;
        };
        const float wordsRoom = textBottom - (top + o.y);
        // The words come first — at 大 and 特大 the body was cut short after a line or left out.
        // The picture takes what they leave: in portrait the height above them (at most 40 %,
        // none where less than an eighth is left), in landscape a column beside them (at most 45 %
        // of the width, or none). Where the body does not fit whole even so, it takes the standard
        // size (larger still than the slogan strip's readers need from a step away).
        ImFont* bodyFont = ctx.fonts.body;
        if (wordsHeight(area.x, bodyFont) > wordsRoom) bodyFont = ctx.fonts.standard;
        ImVec2 textMin(margin + o.x, top + o.y);
        float textWidth = area.x;
        if (const auto& tex = picture) {
            if (l.portrait) {
                const float pictureH = std::min(area.y * 0.4f, wordsRoom - wordsHeight(area.x, bodyFont) - l.gap * 2);
                if (pictureH >= area.y * 0.125f) {
                    if (ctx.view.attractVideo) showVideoFitted(ctx, *tex, ImVec2(area.x, pictureH));
                    const ImVec2 end = drawImageFitted(dl, *tex, textMin, ImVec2(area.x, pictureH));
                    textMin.y = end.y + l.gap * 2;
                }
            } else {
                float share = 0.45f;
                while (share > 0.1f && wordsHeight(area.x * (1.0f - share) - l.gap * 2, bodyFont) > wordsRoom) {
                    share -= 0.15f;
                }
                if (share > 0.1f) {
                    if (ctx.view.attractVideo) showVideoFitted(ctx, *tex, ImVec2(area.x * share, area.y));
                    const ImVec2 end = drawImageFitted(dl, *tex, textMin, ImVec2(area.x * share, area.y));
                    textMin.x = end.x + l.gap * 2;
                    textWidth = area.x - (end.x - margin - o.x) - l.gap * 2;
                }
            }
        }
        widgets::drawText(dl, ctx.fonts.title, textMin, toImColor(widgets::theme().attractAccent), a.title, textWidth);
        const float titleH = widgets::measureText(ctx.fonts.title, a.title, textWidth).y;
        // The body's whole lines that fit above the slogan strip (where a long text does not even
        // without the picture): the last one shown ends in "…", and none is drawn under the strip.
        const float bodyTop = textMin.y + titleH + l.gap;
        std::vector<std::string> lines = widgets::wrappedLines(bodyFont, a.body, textWidth);
        const auto room = static_cast<std::size_t>(std::max(0.0f, (textBottom - bodyTop) / bodyFont->FontSize));
        if (lines.size() > room) {
            lines.resize(room);
            if (!lines.empty()) lines.back() = widgets::withEllipsis(bodyFont, lines.back() + "…", textWidth);
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            widgets::drawText(dl, bodyFont, ImVec2(textMin.x, bodyTop + bodyFont->FontSize * static_cast<float>(i)),
                              toImColor(widgets::theme().onAttract), lines[i]);
        }
    } else {
        widgets::drawText(dl, ctx.fonts.title, ImVec2(margin + o.x, margin + o.y),
                          toImColor(widgets::theme().attractAccent), ctx.view.hallName, area.x);
    }

    if (!link.empty()) {
        const float blockX = l.display.x - margin - qrBlockW + o.x;
        const float hintY = l.portrait ? l.display.y - margin - qrSide - qrHintH - l.gap * 0.5f + o.y
                                       : l.display.y - margin - (qrSide + qrHintH) * 0.5f + o.y;
        widgets::drawText(dl, ctx.fonts.body, ImVec2(blockX, hintY), toImColor(widgets::theme().onAttract), qrHint,
                          qrHintW);
        const float qrX = l.portrait ? blockX + (qrBlockW - qrSide) * 0.5f : l.display.x - margin - qrSide + o.x;
        ImGui::SetCursorScreenPos(ImVec2(qrX, l.display.y - margin - qrSide + o.y));
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
    widgets::drawTextCentered(dl, hintFont, bandMin, bandMax, toImColor(widgets::theme().attractAccent), hint);
    // Not a target of its own (a touch anywhere wakes the kiosk): recorded so tests find the band.
    widgets::currentRegistry().addOverlay("attract.invitation", bandMin, bandMax);
    // Outside opening hours, dimmed: the same picture at a quarter of its light.
    if (ctx.view.displayMode == core::DisplayMode::Dim)
        dl->AddRectFilled(ImVec2(0, 0), l.display, IM_COL32(0, 0, 0, 190));
}

}  // namespace kiosk::ui
