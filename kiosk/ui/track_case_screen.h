#pragma once
// 查询进度: the 查询码 and 4 digits on a keypad, then the case's road 已提交 → 已受理 → 办理中 →
// 已办结 with dates, the handling department and its reply, and after 已办结 the rating.
// The form draws in track_case_form.cpp, the timeline in track_case_result.cpp and the rating
// (its own page) in track_case_rating.cpp.
#include "ui/screen.h"

namespace kiosk::ui {

class TrackCaseScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "track.title"; }
    void drawContent(ScreenContext& ctx) override;
    void onEnter() override { lostCodeHelp_ = false; }

private:
    int timelinePage_ = -1;      // the page of the road shown, where it pages (特大); -1: the newest station's
    bool lostCodeHelp_ = false;  // 查询码丢了？ was tapped: who can help shows where the hint was
};

void drawTrackForm(ScreenContext& ctx, bool& lostCodeHelp);
void drawTrackResult(ScreenContext& ctx, int& timelinePage);
void drawTrackRating(ScreenContext& ctx);
// 满意 … for a rating value ("satisfied" …).
std::string ratingLabel(const core::StringTable& strings, const std::string& rating);
// The "why not" box shared by both (words, not only colour).
// At body size unless `font` says otherwise.
void drawTrackProblem(ScreenContext& ctx, float width, ImFont* font = nullptr);
std::string trackProblemText(const ScreenContext& ctx);  // "" when there is no problem

}  // namespace kiosk::ui
