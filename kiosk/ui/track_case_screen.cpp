#include "ui/track_case_screen.h"

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {

void TrackCaseScreen::drawContent(ScreenContext& ctx) {
    const TrackView& t = ctx.view.trackView;
    if (!t.available) {
        const float width = ctx.layout.contentMax.x - ctx.layout.contentMin.x;
        const ImU32 ink = widgets::toImColor(widgets::theme().text);
        widgets::textBlock(ctx.fonts.title, ink, ctx.strings.get("track.title"), width);
        widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("track.unavailable"), width);
        return;
    }
    if (!t.found) {
        timelinePage_ = -1;  // the next case opens at its newest station
        drawTrackForm(ctx, lostCodeHelp_);
        return;
    }
    if (t.ratingOpen) {
        drawTrackRating(ctx);
        return;
    }
    drawTrackResult(ctx, timelinePage_);
}

std::string trackProblemText(const ScreenContext& ctx) {
    const TrackView& t = ctx.view.trackView;
    if (t.problemKey.empty()) return {};
    return t.problemKey == "track.problem.resting"
               ? ctx.strings.format(t.problemKey, {std::to_string(std::max(1, t.restMinutes))})
               : ctx.strings.get(t.problemKey);
}

void drawTrackProblem(ScreenContext& ctx, float width, ImFont* font) {
    if (ctx.view.trackView.problemKey.empty()) return;
    widgets::problemBox(font ? font : ctx.fonts.body, trackProblemText(ctx), width, ctx.layout.gap * 0.5f);
}

}  // namespace kiosk::ui
