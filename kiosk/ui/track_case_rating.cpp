// 查询进度's rating page, after 已办结: 满意 / 基本满意 / 不满意, and for 不满意 what was wrong, then
// 提交评价. Its own page, like every question of the case flow; 返回 goes back to the case.
#include <algorithm>
#include <array>
#include <utility>

#include "ui/track_case_screen.h"
#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

constexpr std::array kRatings{
    std::pair{"satisfied", "track.rating.satisfied"},
    std::pair{"basically_satisfied", "track.rating.basically_satisfied"},
    std::pair{"unsatisfied", "track.rating.unsatisfied"},
};
constexpr std::array kReasons{
    std::pair{"not_solved", "track.reason.not_solved"},
    std::pair{"too_slow", "track.reason.too_slow"},
    std::pair{"unclear_reply", "track.reason.unclear_reply"},
    std::pair{"attitude", "track.reason.attitude"},
};

template <std::size_t N>
std::string labelOf(const core::StringTable& s, const std::array<std::pair<const char*, const char*>, N>& choices,
                    const std::string& value) {
    for (const auto& [v, key] : choices) {
        if (value == v) return s.get(key);
    }
    return value;
}

template <std::size_t N>
void choiceChips(ScreenContext& ctx, const std::array<std::pair<const char*, const char*>, N>& choices,
                 const std::string& chosen, float width, ImFont* font, bool reasons) {
    std::vector<widgets::ChipItem> items;
    int selected = -1;
    for (std::size_t i = 0; i < N; ++i) {
        items.push_back({choices[i].second, ctx.strings.get(choices[i].second)});
        if (chosen == choices[i].first) selected = static_cast<int>(i);
    }
    ImGui::BeginGroup();
    const int tapped = widgets::chipRow(items, selected, width, font, ctx.strings.get("chip.selected_mark"));
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
    if (tapped < 0) return;
    const std::string value = choices[static_cast<std::size_t>(tapped)].first;
    if (reasons) {
        ctx.actions.add(TrackAction{track::ChooseReason{value}});
    } else {
        ctx.actions.add(TrackAction{track::ChooseRating{value}});
    }
}

}  // namespace

std::string ratingLabel(const core::StringTable& s, const std::string& rating) {
    return labelOf(s, kRatings, rating);
}

void drawTrackRating(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float fullWidth = l.contentMax.x - l.contentMin.x;
    // Landscape: the choices on the left, why-not and 提交评价 on the right (the height is short).
    const float width = l.portrait ? fullWidth : (fullWidth - l.gap * 2) * 0.62f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const TrackView& t = ctx.view.trackView;
    const core::StringTable& s = ctx.strings;
    const float gap = l.gap;
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), s.get("track.rating.question"), width);
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    // Landscape has the width but not the height for title-size chips and the reasons below them.
    choiceChips(ctx, kRatings, t.ratingChoice, width, ctx.layout.portrait ? ctx.fonts.title : ctx.fonts.body, false);
    if (t.ratingChoice == "unsatisfied") {
        ImGui::Dummy(ImVec2(0, gap * 0.3f));
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("track.reason.question"), width);
        ImGui::Dummy(ImVec2(0, gap * 0.3f));
        choiceChips(ctx, kReasons, t.reasonChoice, width, ctx.fonts.body, true);
    }
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    float actionW = width;
    if (!l.portrait) {
        ImGui::SetCursorScreenPos(ImVec2(top.x + width + gap * 2, top.y));
        actionW = fullWidth - width - gap * 2;
    }
    ImGui::BeginGroup();
    drawTrackProblem(ctx, actionW);
    if (t.ratingFailed) widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("track.rating.failed"), actionW);
    ImGui::EndGroup();
    if (t.ratingSaving) {
        widgets::textBlock(ctx.fonts.title, widgets::inkColor(), s.get("track.rating.saving"), actionW);
        return;
    }
    const ImVec2 submitSize(std::min(actionW, ctx.fonts.title->FontSize * 9.0f), l.buttonHeight * 1.2f);
    // The main action's place on every page: the bottom right, under the answers (landscape: the
    // bottom of the right-hand column).
    ImGui::SetCursorScreenPos(ImVec2(l.contentMax.x - submitSize.x, l.contentMax.y - submitSize.y));
    if (widgets::bigButton("track.rating.submit", s.get("track.rating.submit"), submitSize,
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(TrackAction{track::SubmitRating{}});
    }
}

}  // namespace kiosk::ui
