// The app's side of 查询进度: the form's keys go into the session's TrackingForm, 查询 looks the
// case up in the outbox on a worker (through the LookupGuard: wrong answers in a row rest the
// lookup), and the case found becomes the timeline the screen draws. Ratings go back the same way.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "app.h"

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

void App::prepareTrackView(core::SteadyTime now) {
    const TrackSession& ts = sessionState_.trackSession;
    ui::TrackView& v = view_.trackView;
    v = {};
    v.available = desk().available();
    v.code = ts.form.code();
    v.secret = ts.form.secret();
    v.field = ts.form.field();
    v.problemKey = ts.problemKey;
    v.restMinutes = (lookupGuard_.secondsLeft(now) + 59) / 60;
    v.lookingUp = (ts.ticket != 0 && !ts.found) || ts.arriving.has_value();
    v.ratingSaving = ts.ticket != 0 && ts.found.has_value();
    if (!ts.found) return;
    const storage::OutboxCase& c = ts.found->summary;
    v.found = true;
    v.foundCode = c.trackingCode;
    if (const core::CaseCatalog* catalog = desk().catalog()) {
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

void App::applyTrackAction(const ui::track::Op& op, core::SteadyTime now) {
    TrackSession& ts = sessionState_.trackSession;
    if (ts.ticket != 0 || ts.arriving) return;  // nothing changes while the answer comes
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
                const std::uint64_t ticket = ++lastSubmitTicket_;
                if (sync_) sync_->wake();  // a resident asks about a case: refresh the open ones now
                if (desk().lookup(ts.form.code(), ts.form.secret(), ticket)) {
                    ts.ticket = ticket;
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
                const std::uint64_t ticket = ++lastSubmitTicket_;
                if (desk().rate(ts.found->summary.trackingCode, ts.form.secret(), ts.ratingChoice, ts.reasonChoice,
                                core::formatW3cDateTime(services_.clock.wallNow()), ticket)) {
                    ts.ticket = ticket;
                    ts.ratingFailed = false;
                }
            }
        },
        op);
}

// The platform sent updates while a resident looks at a case: look it up again, quietly, so the
// new station shows without a tap.
void App::refreshTrackedCase() {
    if (!sync_) return;
    const int applied = sync_->status().updatesApplied;
    if (applied == seenSyncUpdates_) return;
    TrackSession& ts = sessionState_.trackSession;
    if (!ts.found || ts.ticket != 0 || ts.refreshTicket != 0 || ts.ratingOpen) {
        if (!ts.found) seenSyncUpdates_ = applied;
        return;  // nothing shown to refresh, or busy: the next frame tries again
    }
    const std::uint64_t ticket = ++lastSubmitTicket_;
    if (!desk().lookup(ts.found->summary.trackingCode, ts.form.secret(), ticket)) return;
    ts.refreshTicket = ticket;
    seenSyncUpdates_ = applied;
}

void App::takeTrackOutcome(core::SteadyTime now) {
    TrackSession& ts = sessionState_.trackSession;
    if (ts.arriving && !fonts_->building()) {
        ts.found = std::move(ts.arriving);
        ts.arriving.reset();
    }
    std::optional<LookupOutcome> outcome = desk().takeLookupOutcome();
    if (!outcome) return;
    // Every wrong answer counts, even one whose resident walked away before it came back.
    if (!outcome->ratingJob && outcome->error.empty()) {
        if (outcome->found) {
            lookupGuard_.succeeded();
        } else {
            lookupGuard_.failed(now);
            spdlog::info("进度查询: wrong code or digits ({} in a row)", lookupGuard_.failures());
            if (lookupGuard_.locked(now)) spdlog::warn("进度查询 rests for 5 minutes after 5 wrong answers in a row");
        }
    }
    if (outcome->ticket == ts.refreshTicket && ts.refreshTicket != 0) {
        ts.refreshTicket = 0;
        if (outcome->found) showTrackedCase(std::move(*outcome->found));
        return;
    }
    if (outcome->ticket != ts.ticket) return;  // from a session that has ended
    ts.ticket = 0;
    if (!outcome->error.empty()) {
        ts.problemKey = outcome->ratingJob ? "" : "track.problem.unavailable";
        ts.ratingFailed = outcome->ratingJob;
        return;
    }
    if (outcome->ratingJob) {
        if (outcome->ratingSaved) {
            ts.savedRating = *outcome->rating;
            if (sync_) sync_->wake();
            ts.ratingOpen = false;  // back to the case, which now thanks the resident
            ts.ratingChoice.clear();
            ts.reasonChoice.clear();
        } else {
            ts.ratingFailed = true;
        }
        return;
    }
    if (!outcome->found) {
        // One message for a wrong code and wrong digits: no hint whether the code exists.
        ts.problemKey = lookupGuard_.locked(now) ? "track.problem.resting" : "track.problem.not_found";
        return;
    }
    ts.savedRating = outcome->rating.value_or("");
    showTrackedCase(std::move(*outcome->found));
}

// The platform's words may hold characters the atlas has not got yet: the case shows once they
// are in (a rebuild takes 50–160 ms), so no frame draws a missing glyph.
void App::showTrackedCase(storage::TrackedCase tracked) {
    TrackSession& ts = sessionState_.trackSession;
    core::GlyphSet glyphs = fonts_->glyphs();
    glyphs.addText(tracked.summary.place);
    glyphs.addText(tracked.summary.transferDepartment);
    for (const storage::CaseUpdate& u : tracked.timeline) {
        glyphs.addText(u.department);
        glyphs.addText(u.note);
    }
    if (glyphs.size() != fonts_->glyphs().size()) fonts_->requestRebuild(glyphs, sessionState_.textSize);
    if (fonts_->building()) {
        ts.arriving = std::move(tracked);
    } else {
        ts.found = std::move(tracked);
    }
}

}  // namespace kiosk
