// 查询进度's answer: the case (what, where, when), 打印办理进度 where a printer is configured, its
// road 已提交 → 已受理 → 办理中 → 已办结 with each station's date, department and words, and after
// 已办结 the rating. Buttons 查另一件 and 完成
// stand at the bottom in the same place whatever the case says.
#include <algorithm>
#include <vector>

#include "core/tracking_code.h"
#include "ui/font_steps.h"
#include "ui/list_labels.h"
#include "ui/print_block.h"
#include "ui/track_case_screen.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/kinetic_list.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// The lines of one station, below its name: date, department, words.
struct StageLines {
    std::string head;  // "已受理  2026-11-20" or "办理中  还没到这一步"
    std::string department;
    std::string note;
};

StageLines linesOf(const ScreenContext& ctx, const TrackStage& stage) {
    const core::StringTable& s = ctx.strings;
    StageLines lines;
    lines.head =
        s.get(stage.labelKey) + "    " +
        (stage.reached ? (stage.date.empty() ? s.get("track.stage.done") : stage.date) : s.get("track.stage.not_yet"));
    if (!stage.department.empty()) lines.department = s.format("track.stage.department", {stage.department});
    if (!stage.note.empty()) lines.note = stage.note;
    return lines;
}

float markerColumn(const ScreenContext& ctx) {
    return ctx.fonts.body->FontSize * 1.6f;
}

float stageHeight(const ScreenContext& ctx, const TrackStage& stage, float width) {
    const StageLines lines = linesOf(ctx, stage);
    const float textW = width - markerColumn(ctx);
    float h = widgets::measureText(ctx.fonts.body, lines.head, textW).y;
    if (!lines.department.empty()) h += widgets::measureText(ctx.fonts.body, lines.department, textW).y;
    if (!lines.note.empty()) h += widgets::measureText(ctx.fonts.body, lines.note, textW).y;
    return h + ctx.layout.gap;
}

// One station at `at`: a filled, ticked circle when reached (a hollow one when not), the line to
// the next station, and its words. Reached or not is said in words too.
void drawStage(ScreenContext& ctx, const TrackStage& stage, bool last, ImVec2 at, float width, float height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const widgets::ColorTheme& theme = widgets::theme();
    const float r = ctx.fonts.body->FontSize * 0.45f;
    const ImVec2 c(at.x + r + 2.0f, at.y + ctx.fonts.body->FontSize * 0.65f);
    if (!last) {
        dl->AddLine(ImVec2(c.x, c.y + r), ImVec2(c.x, at.y + height + ctx.fonts.body->FontSize * 0.65f - r),
                    widgets::toImColor(stage.reached ? theme.primary : theme.border), 4.0f);
    }
    if (stage.reached) {
        dl->AddCircleFilled(c, r, widgets::toImColor(theme.primary));
        dl->AddLine(ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f),
                    widgets::toImColor(theme.onPrimary), 3.0f);
        dl->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ImVec2(c.x + r * 0.55f, c.y - r * 0.45f),
                    widgets::toImColor(theme.onPrimary), 3.0f);
    } else {
        dl->AddCircleFilled(c, r, widgets::toImColor(theme.surface));
        dl->AddCircle(c, r, widgets::toImColor(theme.border), 24, 3.0f);
    }
    const StageLines lines = linesOf(ctx, stage);
    const float x = at.x + markerColumn(ctx);
    const float textW = width - markerColumn(ctx);
    float y = at.y;
    auto line = [&](const std::string& text, ImU32 color) {
        if (text.empty()) return;
        widgets::drawText(dl, ctx.fonts.body, ImVec2(x, y), color, text, textW);
        y += widgets::measureText(ctx.fonts.body, text, textW).y;
    };
    line(lines.head, stage.reached ? widgets::inkColor() : widgets::mutedInkColor());
    line(lines.department, widgets::mutedInkColor());
    line(lines.note, widgets::inkColor());
}

// The stations at the cursor in `size`; when they do not fit (特大, long replies) they scroll.
void drawTimeline(ScreenContext& ctx, ImVec2 size, int& page) {
    const TrackView& t = ctx.view.trackView;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    float total = 0;
    for (const TrackStage& stage : t.stages) total += stageHeight(ctx, stage, size.x);
    if (total <= size.y) {
        float y = at.y;
        for (std::size_t i = 0; i < t.stages.size(); ++i) {
            const float h = stageHeight(ctx, t.stages[i], size.x);
            drawStage(ctx, t.stages[i], i + 1 == t.stages.size(), ImVec2(at.x, y), size.x, h);
            y += h;
        }
        ImGui::Dummy(ImVec2(size.x, total));
        return;
    }
    // Where the road does not fit (特大) it pages: each page holds the whole stations that fit, each
    // as tall as its own words (a station with a long note does not make every row that tall), with
    // ▲ ▼ and "第 2/3 页" under them.
    const widgets::PagedBox box = widgets::pagedBox(at, size, ctx.fonts.bar, true);
    std::vector<std::size_t> starts{0};
    float used = 0;
    for (std::size_t i = 0; i < t.stages.size(); ++i) {
        const float h = stageHeight(ctx, t.stages[i], box.room.x);
        if (used > 0 && used + h > box.room.y) {
            starts.push_back(i);
            used = 0;
        }
        used += h;
    }
    const int pages = static_cast<int>(starts.size());
    if (page < 0) {
        // A case just opened shows the page of its newest station: what became of it (the
        // department's reply on 已办结) is what he came for, and the rating asks about it.
        std::size_t newest = 0;
        for (std::size_t i = 0; i < t.stages.size(); ++i) newest = t.stages[i].reached ? i : newest;
        page = 0;
        while (page + 1 < pages && starts[static_cast<std::size_t>(page) + 1] <= newest) ++page;
    }
    page = std::clamp(page, 0, pages - 1);
    const std::size_t first = starts[static_cast<std::size_t>(page)];
    const std::size_t end = page + 1 < pages ? starts[static_cast<std::size_t>(page) + 1] : t.stages.size();
    float y = at.y;
    for (std::size_t i = first; i < end; ++i) {
        const float h = stageHeight(ctx, t.stages[i], box.room.x);
        drawStage(ctx, t.stages[i], i + 1 == t.stages.size(), ImVec2(at.x, y), box.room.x, h);
        y += h;
    }
    const widgets::PagePosition position{page + 1, pages, page > 0, page + 1 < pages};
    page += widgets::pageControls("track.timeline", box, box.room.y, position, listLabels(ctx.strings), ctx.fonts.bar);
}

// 查另一件 and 完成, side by side in `width` at `at`. 完成 is the main action unless a closed case
// waits for its rating.
void drawEndButtons(ScreenContext& ctx, ImVec2 at, float width) {
    const TrackView& t = ctx.view.trackView;
    const Layout& l = ctx.layout;
    const float w = (width - l.gap * 2) * 0.5f;
    const ImVec2 size(w, l.buttonHeight * 1.2f);
    // The largest title step at which both labels fit inside their buttons (a third of a line
    // of margin at each side).
    ImFont* font = largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
        for (const char* key : {"track.again", "track.done"}) {
            if (widgets::measureText(f, ctx.strings.get(key)).x + f->FontSize * 0.66f > w) return false;
        }
        return true;
    });
    ImGui::SetCursorScreenPos(at);
    if (widgets::bigButton("track.again", ctx.strings.get("track.again"), size, widgets::ButtonKind::Secondary, font)) {
        ctx.actions.add(TrackAction{track::Again{}});
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x + w + l.gap * 2, at.y));
    const bool rateFirst = t.closed && t.savedRating.empty();
    if (widgets::bigButton("track.done", ctx.strings.get("track.done"), size,
                           rateFirst ? widgets::ButtonKind::Secondary : widgets::ButtonKind::Primary, font)) {
        ctx.actions.add(GoHome{});
    }
}

// After 已办结: the rating given, or the way to give one (on its own page: one question at a time).
// Above `bottom` (where the end buttons start); the sentence before the button goes first when
// the room is short, the button says the same.
void drawRatingPrompt(ScreenContext& ctx, float width, float bottom) {
    const TrackView& t = ctx.view.trackView;
    const core::StringTable& s = ctx.strings;
    if (!t.closed) return;
    if (!t.savedRating.empty()) {
        // At body size where it fits above the buttons, else smaller (特大 in a landscape column).
        const std::string saved = s.format("track.rating.saved", {ratingLabel(s, t.savedRating)});
        const float y = ImGui::GetCursorScreenPos().y;
        ImFont* font = ctx.fonts.body;
        for (ImFont* smaller : {ctx.fonts.bar, ctx.fonts.standard}) {
            if (y + widgets::measureText(font, saved, width).y > bottom) font = smaller;
        }
        widgets::textBlock(font, widgets::inkColor(), saved, width);
        return;
    }
    const float buttonH = ctx.layout.buttonHeight * 1.2f;
    const float promptH = widgets::measureText(ctx.fonts.body, s.get("track.rating.prompt"), width).y;
    if (ImGui::GetCursorScreenPos().y + promptH + ctx.layout.gap * 0.3f + buttonH <= bottom) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("track.rating.prompt"), width);
        ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.3f));
    }
    if (widgets::bigButton("track.rating.open", s.get("track.rating.open"),
                           ImVec2(std::min(width, ctx.fonts.title->FontSize * 9.0f), buttonH),
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(TrackAction{track::OpenRating{}});
    }
}

// The case: its code, what and where, and whether it has left this kiosk yet; `heightLeft` is the
// most it may take, so what stands under it (the rating's button) keeps its room.
void drawCaseSummary(ScreenContext& ctx, float width, float heightLeft) {
    const TrackView& t = ctx.view.trackView;
    const core::StringTable& s = ctx.strings;
    // Where it stands, in words, before the road that shows it: the last station reached.
    std::string reached;
    for (const TrackStage& stage : t.stages) {
        if (stage.reached) reached = s.get(stage.labelKey);
    }
    std::vector<std::pair<std::string, ImU32>> lines;
    if (!reached.empty()) lines.emplace_back(s.format("track.result.status", {reached}), widgets::inkColor());
    lines.emplace_back(t.category + " · " + t.place, widgets::inkColor());
    if (!t.transferDepartment.empty()) {
        lines.emplace_back(s.format("track.result.transfer", {t.transferDepartment}), widgets::mutedInkColor());
    }
    if (t.waitingToSend) lines.emplace_back(s.get("track.result.waiting_to_send"), widgets::mutedInkColor());
    float linesH = ctx.layout.gap * 0.5f;
    for (const auto& [text, ink] : lines) linesH += widgets::measureText(ctx.fonts.body, text, width).y;
    // The code on one line, at the largest title step that holds it so within the height.
    const std::string code = s.format("track.result.code", {core::groupTrackingCode(t.foundCode)});
    ImFont* codeFont = largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
        const ImVec2 size = widgets::measureText(f, code);
        return size.x <= width && size.y + linesH <= heightLeft;
    });
    widgets::textBlock(codeFont, widgets::inkColor(), code, width);
    for (const auto& [text, ink] : lines) widgets::textBlock(ctx.fonts.body, ink, text, width);
    ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
}

float naturalTimelineHeight(const ScreenContext& ctx, float width) {
    float total = 0;
    for (const TrackStage& stage : ctx.view.trackView.stages) total += stageHeight(ctx, stage, width);
    return total;
}

const PrintBlockWords kPrintTimeline{"print.timeline", "print.timeline", "print.take_timeline"};

// 打印办理进度 at the cursor, smaller where its full size would not leave room above `bottom`
// for what comes after it: the rating's button (a landscape column), and in portrait the road
// too, so the road pages no more than it must (特大).
void drawTimelinePrint(ScreenContext& ctx, float width, float bottom, float roadAfter) {
    if (!ctx.view.print.available) return;
    const TrackView& t = ctx.view.trackView;
    const float after =
        roadAfter + (t.closed && t.savedRating.empty() ? ctx.layout.buttonHeight * 1.2f + ctx.layout.gap : 0.0f);
    const float y = ImGui::GetCursorScreenPos().y;
    PrintBlockRoom room = PrintBlockRoom::Full;
    for (PrintBlockRoom less : {PrintBlockRoom::Compact, PrintBlockRoom::Outcome}) {
        if (y + printBlockHeight(ctx, width, kPrintTimeline, room) + after > bottom) room = less;
    }
    // The outcome alone drops 再打印一张: only where that is what keeps the whole road on one
    // page. Where the road pages anyway (特大 in portrait), the compact block keeps it.
    const float withoutRoad = after - roadAfter;
    const bool roadPagesAnyway = y + printBlockHeight(ctx, width, kPrintTimeline, room) + after > bottom;
    if (room == PrintBlockRoom::Outcome && roadAfter > 0 && roadPagesAnyway &&
        y + printBlockHeight(ctx, width, kPrintTimeline, PrintBlockRoom::Compact) + withoutRoad <= bottom) {
        room = PrintBlockRoom::Compact;
    }
    drawPrintBlock(ctx, width, kPrintTimeline, room);
}

}  // namespace

void drawTrackResult(ScreenContext& ctx, int& timelinePage) {
    const TrackView& t = ctx.view.trackView;
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const float buttonsH = l.buttonHeight * 1.2f;
    // A closed case not yet rated: the rating's button stands under the case in landscape.
    const float ratingButtonH = t.closed && t.savedRating.empty() ? l.buttonHeight * 1.2f + l.gap : 0.0f;
    if (l.portrait) {
        drawCaseSummary(ctx, width, l.contentMax.y - ImGui::GetCursorScreenPos().y);
        drawTimelinePrint(ctx, width, l.contentMax.y - buttonsH - l.gap, naturalTimelineHeight(ctx, width) + l.gap);
        // The road first; the rating below it keeps the room its sentence and button need.
        const float bottom = l.contentMax.y - buttonsH - l.gap;
        const float ratingNeeds =
            !t.closed ? 0.0f
            : t.savedRating.empty()
                ? widgets::measureText(ctx.fonts.body, ctx.strings.get("track.rating.prompt"), width).y + l.gap * 0.3f +
                      l.buttonHeight * 1.2f + l.gap
                : widgets::measureText(ctx.fonts.body, ctx.strings.get("track.rating.saved"), width).y + l.gap;
        float timelineH = std::max(0.0f, bottom - ImGui::GetCursorScreenPos().y - ratingNeeds - l.gap);
        // Where the whole road does not fit above the rating's sentence (特大), the button (which
        // says the same) stands alone and the road takes the sentence's room.
        if (t.closed && t.savedRating.empty() && naturalTimelineHeight(ctx, width) > timelineH) {
            timelineH = std::max(0.0f, bottom - ImGui::GetCursorScreenPos().y - l.buttonHeight * 1.2f - l.gap * 2);
        }
        drawTimeline(ctx, ImVec2(width, std::min(naturalTimelineHeight(ctx, width), timelineH)), timelinePage);
        ImGui::Dummy(ImVec2(0, l.gap));
        drawRatingPrompt(ctx, width, l.contentMax.y - buttonsH - l.gap);
        drawEndButtons(ctx, ImVec2(l.contentMin.x, l.contentMax.y - buttonsH), width);
        return;
    }
    // Landscape: the road down the whole left side; the case, the rating and the buttons on the right.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float left = (width - l.gap * 2) * 0.58f;
    const float right = width - left - l.gap * 2;
    drawTimeline(ctx, ImVec2(left, std::min(naturalTimelineHeight(ctx, left), l.contentMax.y - top.y)), timelinePage);
    ImGui::SetCursorScreenPos(ImVec2(top.x + left + l.gap * 2, top.y));
    ImGui::BeginGroup();
    drawCaseSummary(ctx, right, l.contentMax.y - buttonsH - l.gap - top.y - ratingButtonH);
    drawTimelinePrint(ctx, right, l.contentMax.y - buttonsH - l.gap, 0.0f);
    drawRatingPrompt(ctx, right, l.contentMax.y - buttonsH - l.gap);
    ImGui::EndGroup();
    drawEndButtons(ctx, ImVec2(top.x + left + l.gap * 2, l.contentMax.y - buttonsH), right);
}

}  // namespace kiosk::ui
