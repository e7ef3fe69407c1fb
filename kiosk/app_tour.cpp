// 全流程演示 (the automatic demonstration) and the coach marks of 演示模式.
#include <imgui.h>
#include <spdlog/spdlog.h>

#include <cfloat>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app.h"
#include "ui/tour_panel.h"

namespace kiosk {

void App::loadDemonstration() {
    std::ifstream in(assets_.staffTour());
    std::stringstream text;
    text << in.rdbuf();
    core::ScriptParseResult parsed = core::parseUiScript(text.str());
    std::vector<std::string> problems = parsed.errors;
    if (!in) problems.push_back("cannot read it");
    if (problems.empty())
        problems = demonstrationProblems(parsed.steps, [&](const std::string& key) { return strings_.has(key); });
    if (!problems.empty()) {
        // The kiosk works without it: the staff menu and 使用指南 just do not offer it.
        spdlog::error("demo: {} cannot be played: {}", assets_.staffTour(), problems.front());
        return;
    }
    demonstration_ = std::move(parsed.steps);
    coachTrail_ = core::CoachTrail(core::coachMarksOf(demonstration_));
}

void App::startTour(core::SteadyTime now, bool fromGuide) {
    if (demonstration_.empty() || tour_) return;
    const bool wasDemo = demoMode();
    // A fresh sandbox each time: a case filed by the last run would stop this one at
    // "这个问题已有人反映".
    resetDemo();
    startDemo();
    if (!demoMode()) return;  // no sandbox, no demonstration: nothing may reach the real outbox
    // A resident's demonstration (使用指南) leaves 演示模式 as it found it; staff who start one
    // teach on in 演示模式 after it.
    tourEndsDemo_ = fromGuide && !wasDemo;
    tourFromGuide_ = fromGuide;
    // From the home screen, with no case half filed.
    discardUnsentPhotos(sessionState_.caseSession);
    sessionState_.caseSession = CaseSession{};
    sessionState_.trackSession = TrackSession{};
    router_.resetTo(core::ScreenId::Home);
    if (session_.phase() == core::SessionPhase::Stopped) session_.start(now);
    tour_ = std::make_unique<TourPlayer>(demonstration_, [this](const std::string& key) { return strings_.get(key); });
    tour_->start(now);
    tourPanelAtTop_ = false;
    spdlog::info("demo: 全流程演示 started ({} steps{})", demonstration_.size(), fromGuide ? ", from 使用指南" : "");
}

void App::endTour() {
    if (!tour_) return;
    switch (tour_->end()) {
        case TourPlayer::End::Finished: spdlog::info("demo: 全流程演示 played to the end"); break;
        case TourPlayer::End::Touched: spdlog::info("demo: 全流程演示 stopped by a touch"); break;
        case TourPlayer::End::Stopped: spdlog::info("demo: 全流程演示 stopped (结束演示)"); break;
        case TourPlayer::End::Failed: spdlog::error("demo: 全流程演示 could not go on: {}", tour_->failure()); break;
        case TourPlayer::End::Playing: spdlog::info("demo: 全流程演示 ended with the visit"); break;
    }
    lastTourEnd_ = tour_->end();
    // A touch that stopped it belongs to nobody: it must not tap what lies under the finger.
    if (tour_->end() == TourPlayer::End::Touched) swallowTouch_ = true;
    if (tour_->end() != TourPlayer::End::Finished && services_.speech) services_.speech->stop();
    tour_.reset();
    if (!tourEndsDemo_) return;  // staff demonstrate on from where it stopped
    // A resident watched it: nothing of the demonstration stays, and the next case is real.
    discardUnsentPhotos(sessionState_.caseSession);
    sessionState_.caseSession = CaseSession{};
    sessionState_.trackSession = TrackSession{};
    endDemo();
    router_.resetTo(core::ScreenId::Home);
    if (tourFromGuide_) router_.push(core::ScreenId::Guide);
}

std::string App::hintText(const std::string& narrationKey) const {
    // tour.say.<name> is what the demonstration says; tour.hint.<name>, when there is one, the
    // few words beside the ring when staff demonstrate by hand.
    const std::string prefix = "tour.say.";
    if (narrationKey.rfind(prefix, 0) == 0) {
        const std::string hint = "tour.hint." + narrationKey.substr(prefix.size());
        if (strings_.has(hint)) return strings_.get(hint);
    }
    return strings_.get(narrationKey);
}

bool App::waitingForWorkers() const {
    const CaseSession& cs = sessionState_.caseSession;
    const bool keyboardComing = !view_.textEntry.field.empty() && !view_.textEntry.ready;
    return animating() || cs.submitTicket != 0 || !cs.photosSaving.empty() || sessionState_.trackSession.ticket != 0 ||
           keyboardComing;
}

void App::tourBeforeNewFrame(core::SteadyTime now) {
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
    tour_->beforeFrame(io, registry_, now, waitingForWorkers());
    if (auto words = tour_->takeNarration(); words && services_.speech) services_.speech->say(*words);
    if (tour_->active() && !tour_->paused()) session_.noteActivity(now);  // a demonstration is a visit
}

void App::prepareTourView() {
    ui::TourView& v = view_.tour;
    const ImGuiIO& io = ImGui::GetIO();
    v = {};
    view_.demonstrationAvailable = !demonstration_.empty();
    if (!tour_) return;
    v.playing = true;
    v.paused = tour_->paused();
    v.caption = tour_->caption();
    if (const auto& ring = tour_->ring()) {
        v.ringShown = true;
        v.ringMin = ring->min;
        v.ringMax = ring->max;
        // The panel keeps clear of what it points at; it stays put while nothing is ringed.
        tourPanelAtTop_ = (ring->min.y + ring->max.y) * 0.5f > io.DisplaySize.y * 0.5f;
    }
    v.panelAtTop = tourPanelAtTop_;
}

void App::drawTourLayer(ui::ScreenContext& ctx) {
    if (tour_) {
        ui::drawCoachRing(ctx);
        const ui::PanelRect panel = ui::drawTourPanel(ctx);
        tour_->setPanel(panel.min, panel.max);
        return;
    }
    coachRinged_.reset();
    if (!demoMode() || coachTrail_.size() == 0) return;
    // 演示模式 by hand: ring the next thing to tap on the demonstration's path, on this frame's widgets.
    const auto index = coachTrail_.find([&](const std::string& t) { return registry_.find(t).size() == 1; });
    if (!index) return;
    const widgets::WidgetRecord& w = *registry_.find(coachTrail_.mark(*index).target).front();
    ui::TourView& v = view_.tour;
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

void App::tourAfterFrame(std::uint64_t generationBefore) {
    if (tour_) {
        tour_->afterFrame(registry_, router_.current());
        if (!tour_->active()) endTour();
        return;
    }
    // The ringed widget's hint, said once, unless this frame left the screen (speech belongs to
    // its screen: the next screen's ring speaks for itself).
    if (!coachRinged_ || coachRinged_ == coachSpoken_ || router_.generation() != generationBefore) return;
    coachSpoken_ = coachRinged_;
    const std::string& hintKey = coachTrail_.mark(*coachRinged_).hintKey;
    if (!hintKey.empty() && services_.speech) services_.speech->say(hintText(hintKey));
}

void App::applyTourAction(const ui::TourAction& action, core::SteadyTime now) {
    switch (action.op) {
        case ui::TourAction::Op::Start: startTour(now, router_.current() == core::ScreenId::Guide); break;
        case ui::TourAction::Op::Pause:
            if (tour_) tour_->pause(now);
            if (services_.speech) services_.speech->stop();
            break;
        case ui::TourAction::Op::Resume:
            if (tour_) tour_->resume(now);
            break;
        case ui::TourAction::Op::Stop:
            if (tour_) tour_->stop();
            break;
    }
}

}  // namespace kiosk
