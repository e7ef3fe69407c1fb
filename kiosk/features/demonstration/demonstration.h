#pragma once
// 全流程演示 (the automatic demonstration, from the staff menu and 使用指南) and the coach marks of
// 演示模式 when staff demonstrate by hand along the same path. Both run on the sandbox outbox.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/coach_trail.h"
#include "core/ui_script.h"
#include "features/cases/case_filing.h"
#include "features/demonstration/tour_player.h"
#include "features/tracking/tracking.h"
#include "ui/screen.h"
#include "widgets/widget_registry.h"

namespace kiosk {

class DemonstrationFeature : public Feature {
public:
    // `workersBusy`: the kiosk is still settling or a worker has something the screen waits for;
    // the demonstration waits before its next step.
    DemonstrationFeature(FeatureHost& host, const widgets::WidgetRegistry& registry, CaseFilingFeature& cases,
                         TrackingFeature& tracking, std::function<bool()> workersBusy);
    std::string_view name() const override { return "demonstration"; }

    // The script (assets/demo/full_process.tour); the kiosk works without it.
    void load();
    bool available() const { return !script_.empty(); }
    const TourPlayer* tour() const { return tour_.get(); }
    std::optional<TourPlayer::End> lastEnd() const { return lastEnd_; }

    // Before ImGui's frame: the player's finger, or swallowing the touch that stopped it.
    void beforeNewFrame(core::SteadyTime now);
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    // Over the screen: the ring, the panel, or 演示模式's coach mark.
    void drawLayer(ui::ScreenContext& ctx, ui::AppView& view);  // `view` is the one ctx draws from
    void afterFrame(std::uint64_t generationBefore);
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void endVisit() override;

private:
    void start(core::SteadyTime now, bool fromGuide);
    void end();
    std::string hintText(const std::string& narrationKey) const;

    FeatureHost& host_;
    const widgets::WidgetRegistry& registry_;
    CaseFilingFeature& cases_;
    TrackingFeature& tracking_;
    std::function<bool()> workersBusy_;
    std::vector<core::ScriptStep> script_;
    std::unique_ptr<TourPlayer> tour_;
    bool endsDemo_ = false;      // a resident started it: 演示模式 ends with it
    bool fromGuide_ = false;     // ... from 使用指南, where it returns
    bool swallowTouch_ = false;  // the touch that stopped it taps nothing, until it lifts
    std::optional<TourPlayer::End> lastEnd_;
    core::CoachTrail coachTrail_;
    std::optional<std::size_t> coachRinged_;  // this frame's ringed mark
    std::optional<std::size_t> coachSpoken_;  // whose hint was said last
};

}  // namespace kiosk
