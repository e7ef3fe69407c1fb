#include "features/demonstration/demonstration.h"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <cfloat>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "features/cases/case_desks.h"
#include "ui/speech_output.h"
#include "ui/tour_panel.h"

namespace kiosk {

DemonstrationFeature::DemonstrationFeature(FeatureHost& host, const widgets::WidgetRegistry& registry,
                                           CaseFilingFeature& cases, TrackingFeature& tracking,
                                           std::function<bool()> workersBusy)
    : host_(host), registry_(registry), cases_(cases), tracking_(tracking), workersBusy_(std::move(workersBusy)) {}

void DemonstrationFeature::load() {
    const core::StringTable& strings = host_.strings();
    std::ifstream in(host_.assets().staffTour());
    std::stringstream text;
    text << in.rdbuf();
    core::ScriptParseResult parsed = core::parseUiScript(text.str());
    std::vector<std::string> problems = parsed.errors;
    if (!in) problems.push_back("cannot read it");
    if (problems.empty())
        problems = demonstrationProblems(parsed.steps, [&](const std::string& key) { return strings.has(key); });
    if (!problems.empty()) {
        // The kiosk works without it: the staff menu and 使用指南 just do not offer it.
        spdlog::error("demo: {} cannot be played: {}", host_.assets().staffTour(), problems.front());
        return;
    }
    script_ = std::move(parsed.steps);
    coachTrail_ = core::CoachTrail(core::coachMarksOf(script_));
}

void DemonstrationFeature::start(core::SteadyTime now, bool fromGuide) {
    if (script_.empty() || tour_) return;
    CaseDesks& desks = host_.desks();
    const bool wasDemo = desks.demoOpen();
    // A fresh sandbox each time: a case filed by the last run would stop this one at
    // "这个问题已有人反映".
    desks.resetDemo();
    // No sandbox, no demonstration: nothing may reach the real outbox.
    if (!desks.openDemo()) return;
    // A resident's demonstration (使用指南) leaves 演示模式 as it found it; staff who start one
    // teach on in 演示模式 after it.
    endsDemo_ = fromGuide && !wasDemo;
    fromGuide_ = fromGuide;
    // From the home screen, with no case half filed.
    cases_.startOver();
    tracking_.startOver();
    host_.router().resetTo(core::ScreenId::Home);
    if (host_.session().phase() == core::SessionPhase::Stopped) host_.session().start(now);
    tour_ = std::make_unique<TourPlayer>(script_, [this](const std::string& key) { return host_.strings().get(key); });
    tour_->start(now);
    spdlog::info("demo: 全流程演示 started ({} steps{})", script_.size(), fromGuide ? ", from 使用指南" : "");
}

void DemonstrationFeature::end() {
    if (!tour_) return;
    switch (tour_->end()) {
        case TourPlayer::End::Finished: spdlog::info("demo: 全流程演示 played to the end"); break;
        case TourPlayer::End::Touched: spdlog::info("demo: 全流程演示 stopped by a touch"); break;
        case TourPlayer::End::Stopped: spdlog::info("demo: 全流程演示 stopped (结束演示)"); break;
        case TourPlayer::End::Failed: spdlog::error("demo: 全流程演示 could not go on: {}", tour_->failure()); break;
        case TourPlayer::End::Playing: spdlog::info("demo: 全流程演示 ended with the visit"); break;
    }
    lastEnd_ = tour_->end();
    // A touch that stopped it belongs to nobody: it must not tap what lies under the finger.
    if (tour_->end() == TourPlayer::End::Touched) swallowTouch_ = true;
    if (tour_->end() != TourPlayer::End::Finished && host_.speech()) host_.speech()->stop();
    tour_.reset();
    if (!endsDemo_) return;  // staff demonstrate on from where it stopped
    // A resident watched it: nothing of the demonstration stays, and the next case is real.
    cases_.startOver();
    tracking_.startOver();
    host_.desks().closeDemo();
    host_.router().resetTo(core::ScreenId::Home);
    if (fromGuide_) host_.router().push(core::ScreenId::Guide);
}

std::string DemonstrationFeature::hintText(const std::string& narrationKey) const {
    const core::StringTable& strings = host_.strings();
    // tour.say.<name> is what the demonstration says; tour.hint.<name>, when there is one, the
    // few words beside the ring when staff demonstrate by hand.
    const std::string prefix = "tour.say.";
    if (narrationKey.rfind(prefix, 0) == 0) {
        const std::string hint = "tour.hint." + narrationKey.substr(prefix.size());
        if (strings.has(hint)) return strings.get(hint);
    }
    return strings.get(narrationKey);
}

void DemonstrationFeature::beforeNewFrame(core::SteadyTime now) {
    ImGuiIO& io = ImGui::GetIO();
    if (swallowTouch_) {
        if (io.MouseDown[0]) {
            io.MouseDown[0] = false;
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        } else {
            swallowTouch_ = false;
        }
    }
    if (!tour_) return;
    tour_->beforeFrame(io, registry_, now, workersBusy_());
    if (auto words = tour_->takeNarration(); words && host_.speech()) host_.speech()->say(*words);
    if (tour_->active() && !tour_->paused()) host_.session().noteActivity(now);  // a demonstration is a visit
}

void DemonstrationFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    ui::TourView& v = view.tour;
    v = {};
    view.demonstrationAvailable = !script_.empty();
    if (!tour_) return;
    v.playing = true;
    v.paused = tour_->paused();
    v.caption = tour_->caption();
    if (const auto& ring = tour_->ring()) {
        v.ringShown = true;
        v.ringMin = ring->min;
        v.ringMax = ring->max;
    }
}

void DemonstrationFeature::drawLayer(ui::ScreenContext& ctx, ui::AppView& view) {
    if (tour_) {
        ui::drawCoachRing(ctx);
        const ui::PanelRect panel = ui::drawTourPanel(ctx);
        tour_->setPanel(panel.min, panel.max);
        return;
    }
    coachRinged_.reset();
    if (!host_.desks().demoOpen() || coachTrail_.size() == 0) return;
    // 演示模式 by hand: ring the next thing to tap on the demonstration's path, on this frame's widgets.
    const auto index = coachTrail_.find([&](const std::string& t) { return registry_.find(t).size() == 1; });
    if (!index) return;
    const widgets::WidgetRecord& w = *registry_.find(coachTrail_.mark(*index).target).front();
    ui::TourView& v = view.tour;
    v.ringShown = true;
    v.ringMin = w.min;
    v.ringMax = w.max;
    const std::string& hintKey = coachTrail_.mark(*index).hintKey;
    v.coachHint = hintKey.empty() ? std::string{} : hintText(hintKey);
    ui::drawCoachRing(ctx);
    coachRinged_ = index;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MousePos.x >= w.min.x && io.MousePos.x < w.max.x &&
        io.MousePos.y >= w.min.y && io.MousePos.y < w.max.y)
        coachTrail_.tapped(*index);
}

void DemonstrationFeature::afterFrame(std::uint64_t generationBefore) {
    if (tour_) {
        tour_->afterFrame(registry_, host_.router().current());
        if (!tour_->active()) end();
        return;
    }
    // The ringed widget's hint, said once, unless this frame left the screen (speech belongs to
    // its screen: the next screen's ring speaks for itself).
    if (!coachRinged_ || coachRinged_ == coachSpoken_ || host_.router().generation() != generationBefore) return;
    coachSpoken_ = coachRinged_;
    const std::string& hintKey = coachTrail_.mark(*coachRinged_).hintKey;
    if (!hintKey.empty() && host_.speech()) host_.speech()->say(hintText(hintKey));
}

void DemonstrationFeature::endVisit() {
    tour_.reset();  // nobody watches: the demonstration ends with the visit
    coachTrail_.restart();
    coachSpoken_.reset();
    host_.desks().closeDemo();  // a demonstration never outlives its visit: the next resident's case is real
}

bool DemonstrationFeature::apply(const ui::UiAction& a, core::SteadyTime now) {
    const auto* tourAction = std::get_if<ui::TourAction>(&a);
    if (!tourAction) return false;
    const ui::TourAction& action = *tourAction;
    switch (action.op) {
        case ui::TourAction::Op::Start: start(now, host_.router().current() == core::ScreenId::Guide); break;
        case ui::TourAction::Op::Pause:
            if (tour_) tour_->pause(now);
            if (host_.speech()) host_.speech()->stop();
            break;
        case ui::TourAction::Op::Resume:
            if (tour_) tour_->resume(now);
            break;
        case ui::TourAction::Op::Stop:
            if (tour_) tour_->stop();
            break;
    }
    return true;
}

}  // namespace kiosk
