#include "features/tracking/tracking.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "core/date_text.h"
#include "features/cases/case_desks.h"
#include "net/sync_engine.h"
#include "ui/font_library.h"

namespace kiosk {
namespace {

int stageOf(storage::CaseState state) {
    switch (state) {
        case storage::CaseState::Accepted: return 1;
        case storage::CaseState::InProgress: return 2;
        case storage::CaseState::Closed: return 3;
        default: return 0;  // 待上传, 已上传, needs attention: for the resident it is 已提交
    }
}

std::string dateOf(const std::string& w3c) {
    return w3c.substr(0, 10);
}

// 已提交 → 已受理 → 办理中 → 已办结: each station dated by its first update, with the newest words
// the platform gave for it. A station passed without an update of its own still shows as reached.
// Sorted by station, not by time: a late note on 办理中 stays under 办理中.
std::vector<ui::TrackStage> stagesOf(const storage::TrackedCase& tracked) {
    std::vector<ui::TrackStage> stages = {
        {"track.stage.submitted", true, dateOf(tracked.summary.createdAt), "", ""},
        {"track.stage.accepted", false, "", "", ""},
        {"track.stage.in_progress", false, "", "", ""},
        {"track.stage.closed", false, "", "", ""},
    };
    int reached = stageOf(tracked.summary.state);
    for (const storage::CaseUpdate& u : tracked.timeline) {
        const int i = stageOf(u.state);
        if (i == 0) continue;
        reached = std::max(reached, i);
        ui::TrackStage& stage = stages[static_cast<std::size_t>(i)];
        if (stage.date.empty()) stage.date = dateOf(u.at);
        if (!u.department.empty()) stage.department = u.department;
        if (!u.note.empty()) stage.note = u.note;
    }
    for (int i = 0; i <= reached; ++i) stages[static_cast<std::size_t>(i)].reached = true;
    // The department is named where it takes the case on, and again only where it changes.
    std::string named;
    for (ui::TrackStage& stage : stages) {
        if (stage.department.empty()) continue;
        if (stage.department == named) {
            stage.department.clear();
        } else {
            named = stage.department;
        }
    }
    return stages;
}

}  // namespace

void TrackingFeature::prepare(ui::AppView& view, core::SteadyTime now) {
    const TrackSession& ts = session_;
    ui::TrackView& v = view.trackView;
    v = {};
    const CaseDesk& desk = host_.desks().current();
    v.available = desk.available();
    v.code = ts.form.code();
    v.secret = ts.form.secret();
    v.field = ts.form.field();
    v.problemKey = ts.problemKey;
    v.restMinutes = (lookupGuard_.secondsLeft(now) + 59) / 60;
    v.lookingUp = (ts.waiting && !ts.found) || ts.arriving.has_value();
    v.ratingSaving = ts.waiting && ts.found.has_value();
    if (!ts.found) return;
    const storage::OutboxCase& c = ts.found->summary;
    v.found = true;
    v.foundCode = c.trackingCode;
    if (const core::CaseCatalog* catalog = desk.catalog()) {
        if (const core::CaseCategory* category = catalog->category(c.categoryCode)) v.category = category->name;
        if (const core::CommunityPlaces* community = catalog->community(c.communityId)) {
            v.place = community->name + " · ";
        }
    }
    v.place += c.place;
    v.transferDepartment = c.transferDepartment;
    v.submittedDate = dateOf(c.createdAt);
    v.waitingToSend = c.state == storage::CaseState::Pending;
    v.stages = stagesOf(*ts.found);
    v.closed = v.stages.back().reached;
    v.savedRating = ts.savedRating;
    v.ratingOpen = ts.ratingOpen && v.closed;
    v.ratingChoice = ts.ratingChoice;
    v.reasonChoice = ts.reasonChoice;
    v.ratingFailed = ts.ratingFailed;
}

void TrackingFeature::openWithCode(const std::string& trackingCode) {
    session_ = TrackSession{};
    session_.form.setCode(trackingCode);
    session_.form.focus(core::TrackingField::Secret);
    host_.router().push(core::ScreenId::TrackCase);
}

void TrackingFeature::screenOpened(core::ScreenId screen) {
    if (screen == core::ScreenId::TrackCase) startOver();
}

bool TrackingFeature::goBack(core::ScreenId screen) {
    if (screen != core::ScreenId::TrackCase) return false;
    TrackSession& ts = session_;
    if (ts.ratingOpen && !ts.waiting) {
        ts.ratingOpen = false;  // the rating page goes back to its case
        ts.problemKey.clear();
        return true;
    }
    ts = TrackSession{};  // a case looked up is not left for whoever comes next
    return false;
}

bool TrackingFeature::apply(const ui::UiAction& action, core::SteadyTime now) {
    const auto* track = std::get_if<ui::TrackAction>(&action);
    if (!track) return false;
    const ui::track::Op& op = track->op;
    TrackSession& ts = session_;
    if (ts.waiting || ts.arriving) return true;  // nothing changes while the answer comes
    CaseDesk& desk = host_.desks().current();
    std::visit(
        [&](const auto& a) {
            using A = std::decay_t<decltype(a)>;
            namespace tr = ui::track;
            if constexpr (std::is_same_v<A, tr::Key>) {
                if (ts.found) return;
                ts.problemKey.clear();
                if (a.digit) ts.form.press(a.digit);
                if (a.erase) ts.form.erase();
                if (a.clear) ts.form.clear();
            } else if constexpr (std::is_same_v<A, tr::Focus>) {
                ts.form.focus(a.field);
            } else if constexpr (std::is_same_v<A, tr::Lookup>) {
                if (lookupGuard_.locked(now)) {
                    ts.problemKey = "track.problem.resting";
                    return;
                }
                const core::TrackingProblem problem = ts.form.check();
                if (problem != core::TrackingProblem::None) {
                    // A missing digit or a typo is said at once; it is not a wrong answer.
                    ts.problemKey = core::trackingProblemMessageKey(problem);
                    ts.form.focus(problem == core::TrackingProblem::SecretIncomplete ? core::TrackingField::Secret
                                                                                     : core::TrackingField::Code);
                    return;
                }
                // A resident asks about a case: refresh the open ones now.
                if (net::SyncEngine* sync = host_.syncEngine()) sync->wake();
                if (desk.lookup(ts.form.code(), ts.form.secret(), whenAnswered(Asked::Lookup))) {
                    ts.waiting = true;
                    ts.problemKey.clear();
                }
            } else if constexpr (std::is_same_v<A, tr::Again>) {
                ts = TrackSession{};
            } else if constexpr (std::is_same_v<A, tr::OpenRating>) {
                ts.ratingOpen = ts.found.has_value();
                ts.problemKey.clear();
            } else if constexpr (std::is_same_v<A, tr::ChooseRating>) {
                ts.ratingChoice = a.rating;
                if (a.rating != "unsatisfied") ts.reasonChoice.clear();
                ts.problemKey.clear();
            } else if constexpr (std::is_same_v<A, tr::ChooseReason>) {
                ts.reasonChoice = a.reason;
                ts.problemKey.clear();
            } else if constexpr (std::is_same_v<A, tr::SubmitRating>) {
                if (!ts.found) return;
                if (ts.ratingChoice.empty()) {
                    ts.problemKey = "track.problem.choose_rating";
                    return;
                }
                if (ts.ratingChoice == "unsatisfied" && ts.reasonChoice.empty()) {
                    ts.problemKey = "track.problem.choose_reason";
                    return;
                }
                if (desk.rate(ts.found->summary.trackingCode, ts.form.secret(), ts.ratingChoice, ts.reasonChoice,
                              core::formatW3cDateTime(host_.clock().wallNow()), whenAnswered(Asked::Rating))) {
                    ts.waiting = true;
                    ts.ratingFailed = false;
                }
            }
        },
        op);
    return true;
}

void TrackingFeature::beforeFrame(core::SteadyTime /*now*/) {
    TrackSession& ts = session_;
    if (ts.arriving && !host_.fonts().building()) {
        ts.found = std::move(ts.arriving);
        ts.arriving.reset();
    }
    refreshShownCase();
}

// The platform sent updates while a resident looks at a case: look it up again, quietly, so the
// new station shows without a tap.
void TrackingFeature::refreshShownCase() {
    if (!host_.syncEngine() || updatesApplied_ == updatesSeen_) return;
    TrackSession& ts = session_;
    if (!ts.found || ts.waiting || ts.refreshing || ts.ratingOpen) {
        if (!ts.found) updatesSeen_ = updatesApplied_;
        return;  // nothing shown to refresh, or busy: the next frame tries again
    }
    if (!host_.desks().current().lookup(ts.found->summary.trackingCode, ts.form.secret(),
                                        whenAnswered(Asked::Refresh))) {
        return;
    }
    ts.refreshing = true;
    updatesSeen_ = updatesApplied_;
}

CaseDesk::Done<LookupOutcome> TrackingFeature::whenAnswered(Asked asked) {
    return host_.inbox().replyTo<LookupOutcome>(
        host_.visit(),
        [this, asked](LookupOutcome outcome) { answered(asked, std::move(outcome), host_.clock().now()); },
        // Every wrong answer counts, even one whose resident walked away before it came back.
        [this](const LookupOutcome& outcome) { countAnswer(outcome, host_.clock().now()); });
}

void TrackingFeature::countAnswer(const LookupOutcome& outcome, core::SteadyTime now) {
    if (outcome.ratingJob || !outcome.error.empty()) return;
    if (outcome.found) {
        lookupGuard_.succeeded();
        return;
    }
    lookupGuard_.failed(now);
    spdlog::info("进度查询: wrong code or digits ({} in a row)", lookupGuard_.failures());
    if (lookupGuard_.locked(now)) spdlog::warn("进度查询 rests for 5 minutes after 5 wrong answers in a row");
}

void TrackingFeature::answered(Asked asked, LookupOutcome outcome, core::SteadyTime now) {
    countAnswer(outcome, now);
    TrackSession& ts = session_;
    if (asked == Asked::Refresh) {
        if (!ts.refreshing) return;  // the case on screen changed meanwhile
        ts.refreshing = false;
        if (outcome.found) showTrackedCase(std::move(*outcome.found));
        return;
    }
    if (!ts.waiting) return;  // the form started over meanwhile
    ts.waiting = false;
    if (!outcome.error.empty()) {
        ts.problemKey = outcome.ratingJob ? "" : "track.problem.unavailable";
        ts.ratingFailed = outcome.ratingJob;
        return;
    }
    if (outcome.ratingJob) {
        if (outcome.ratingSaved) {
            ts.savedRating = *outcome.rating;
            if (net::SyncEngine* sync = host_.syncEngine()) sync->wake();
            ts.ratingOpen = false;  // back to the case, which now thanks the resident
            ts.ratingChoice.clear();
            ts.reasonChoice.clear();
        } else {
            ts.ratingFailed = true;
        }
        return;
    }
    if (!outcome.found) {
        // One message for a wrong code and wrong digits: no hint whether the code exists.
        ts.problemKey = lookupGuard_.locked(now) ? "track.problem.resting" : "track.problem.not_found";
        return;
    }
    ts.savedRating = outcome.rating.value_or("");
    showTrackedCase(std::move(*outcome.found));
}

// The platform's words may hold characters the atlas has not got yet: the case shows once they
// are in (a rebuild takes 50–160 ms), so no frame draws a missing glyph.
void TrackingFeature::showTrackedCase(storage::TrackedCase tracked) {
    TrackSession& ts = session_;
    core::GlyphSet glyphs;
    glyphs.addText(tracked.summary.place);
    glyphs.addText(tracked.summary.transferDepartment);
    for (const storage::CaseUpdate& u : tracked.timeline) {
        glyphs.addText(u.department);
        glyphs.addText(u.note);
    }
    host_.addGlyphs(glyphs);
    if (host_.fonts().building()) {
        ts.arriving = std::move(tracked);
    } else {
        ts.found = std::move(tracked);
    }
}

}  // namespace kiosk
