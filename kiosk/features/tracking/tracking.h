#pragma once
// 查询进度: the form's keys go into the visit's TrackingForm, 查询 looks the case up in the outbox
// on a worker (through the LookupGuard: wrong answers in a row rest the lookup), and the case
// found becomes the timeline the screen draws. Ratings go back the same way. When the platform
// sends updates while a case shows, it is looked up again quietly.
#include <optional>
#include <string>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/lookup_guard.h"
#include "core/tracking_form.h"
#include "features/cases/case_desk.h"
#include "storage/outbox.h"

namespace kiosk {

// 查询进度 in this visit: the code and digits typed, and the case they opened.
struct TrackSession {
    core::TrackingForm form;
    std::string problemKey;
    bool waiting = false;     // a lookup or a rating the resident asked for is with the worker
    bool refreshing = false;  // a quiet lookup again: the platform sent updates
    std::optional<storage::TrackedCase> found;
    std::optional<storage::TrackedCase> arriving;  // found, shown once the font has its characters
    std::string savedRating;
    bool ratingOpen = false;  // the rating page shows
    std::string ratingChoice;
    std::string reasonChoice;
    bool ratingFailed = false;
};

class TrackingFeature : public Feature {
public:
    explicit TrackingFeature(FeatureHost& host) : host_(host) {}
    std::string_view name() const override { return "tracking"; }

    const TrackSession& session() const { return session_; }
    // A receipt's code read by 扫码: 进度查询 opens with it filled in, the digits asked next.
    void openWithCode(const std::string& trackingCode);
    // The sync worker has applied `count` updates since start: a case on screen is looked up again.
    void platformSentUpdates(int count) { updatesApplied_ = count; }
    void startOver() { session_ = TrackSession{}; }

    void beforeFrame(core::SteadyTime now) override;
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    bool goBack(core::ScreenId screen) override;
    void goHome() override { startOver(); }
    void screenOpened(core::ScreenId screen) override;
    void endVisit() override { startOver(); }
    bool waitingForWorker() const override { return session_.waiting; }

private:
    enum class Asked { Lookup, Refresh, Rating };
    CaseDesk::Done<LookupOutcome> whenAnswered(Asked asked);
    void answered(Asked asked, LookupOutcome outcome, core::SteadyTime now);
    void countAnswer(const LookupOutcome& outcome, core::SteadyTime now);
    void refreshShownCase();
    void showTrackedCase(storage::TrackedCase tracked);

    FeatureHost& host_;
    TrackSession session_;
    // Wrong answers rest lookups for a while; it is the kiosk's, so walking away does not reset it.
    core::LookupGuard lookupGuard_;
    int updatesApplied_ = 0;  // the sync worker's count of applied updates
    int updatesSeen_ = 0;     // ... that this feature has reacted to
};

}  // namespace kiosk
