#include "features/demonstration/tour_player.h"

#include <algorithm>
#include <cfloat>

#include "core/utf8.h"

namespace kiosk {
namespace {

constexpr double kPointAfterWordsSeconds = 1.5;  // the first tap after a narration: time to look
constexpr double kPointAgainSeconds = 0.6;       // the keypad's next digit
// A target not drawn this long (while the app waits for nothing) means the script and the
// screens disagree: stop rather than stand there.
constexpr double kMissingTargetSeconds = 20.0;

bool inside(ImVec2 p, const TourPlayer::Ring& r) {
    return p.x >= r.min.x && p.x < r.max.x && p.y >= r.min.y && p.y < r.max.y;
}

double secondsBetween(core::SteadyTime from, core::SteadyTime to) {
    return std::chrono::duration<double>(to - from).count();
}

core::SteadyTime after(core::SteadyTime t, double seconds) {
    return t + std::chrono::duration_cast<core::SteadyTime::duration>(core::Seconds{seconds});
}

const std::string* tappedTarget(const core::ScriptStep& step) {
    if (const auto* tap = std::get_if<core::TapStep>(&step.action)) return &tap->target;
    if (const auto* swipe = std::get_if<core::SwipeStep>(&step.action)) return &swipe->target;
    if (const auto* draw = std::get_if<core::DrawStep>(&step.action)) return &draw->target;
    return nullptr;
}

}  // namespace

std::vector<std::string> demonstrationProblems(const std::vector<core::ScriptStep>& steps,
                                               const std::function<bool(const std::string&)>& known) {
    std::vector<std::string> problems;
    for (const core::ScriptStep& step : steps) {
        const std::string where = "line " + std::to_string(step.line) + ": ";
        if (std::holds_alternative<core::HoldStep>(step.action))
            problems.push_back(where + "a demonstration cannot hold a corner (that is the staff's way in)");
        if (std::holds_alternative<core::ShotStep>(step.action))
            problems.push_back(where + "a demonstration takes no screenshots");
        if (const auto* say = std::get_if<core::SayStep>(&step.action); say && !known(say->key))
            problems.push_back(where + "no narration '" + say->key + "' in the string table");
    }
    if (steps.empty()) problems.push_back("the demonstration has no steps");
    return problems;
}

double narrationSeconds(const std::string& text) {
    // espeak-ng reads Chinese at about four characters a second; a Latin letter is a fraction of
    // a word. A pause after it, so the words end before the finger moves.
    double seconds = 0.8;
    for (char32_t c : core::decodeUtf8(text)) seconds += c < 0x2E80 ? 0.06 : 0.28;
    return std::max(seconds, 2.5);
}

TourPlayer::TourPlayer(std::vector<core::ScriptStep> steps, std::function<std::string(const std::string&)> narration)
    : steps_(std::move(steps)), narration_(std::move(narration)) {}

void TourPlayer::start(core::SteadyTime now) {
    index_ = 0;
    stage_ = Stage::Begin;
    end_ = steps_.empty() ? End::Finished : End::Playing;
    paused_ = pauseAsked_ = false;
    lastFrameAt_ = now;
}

void TourPlayer::pause(core::SteadyTime now) {
    if (end_ != End::Playing || paused_) return;
    if (stage_ == Stage::Acting) {
        pauseAsked_ = true;  // a finger half way through a tap finishes it first
        return;
    }
    paused_ = true;
    pausedAt_ = now;
}

void TourPlayer::resume(core::SteadyTime now) {
    pauseAsked_ = false;
    if (!paused_) return;
    paused_ = false;
    const auto away = now - pausedAt_;
    if (stage_ == Stage::Holding || (stage_ == Stage::Pointing && until_ != core::SteadyTime{})) until_ += away;
    if (!caption_.empty()) narrationDue_ = caption_;  // the words again, from the start
}

void TourPlayer::fail(const std::string& why) {
    end_ = End::Failed;
    failure_ = "step at line " + std::to_string(steps_[index_].line) + " '" + steps_[index_].source + "': " + why;
    actor_.reset();
    ring_.reset();
}

bool TourPlayer::realTouch(ImGuiIO& io) {
    // io holds the real finger here: the runner's platform layer (or a test's driver) set it.
    const bool down = io.MouseDown[0];
    if (down && !realDown_) realInPanel_ = panel_ && inside(io.MousePos, *panel_);
    const bool wasDown = std::exchange(realDown_, down);
    handedToPanel_ = false;
    if (down && !realInPanel_) {
        end_ = End::Touched;  // the owner swallows the rest of this touch
        io.MouseDown[0] = false;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        actor_.reset();
        ring_.reset();
        return true;
    }
    // A press on the panel, and the frame it lifts (the click), belong to the panel's buttons.
    if (down || (wasDown && realInPanel_)) handedToPanel_ = true;
    return handedToPanel_;
}

void TourPlayer::beginStep(core::SteadyTime now) {
    const core::ScriptStep& step = steps_[index_];
    if (const auto* say = std::get_if<core::SayStep>(&step.action)) {
        caption_ = narration_(say->key);
        narrationDue_ = caption_;
        until_ = after(now, narrationSeconds(caption_));
        afterNarration_ = true;
        stage_ = Stage::Holding;
    } else if (const auto* wait = std::get_if<core::WaitStep>(&step.action)) {
        until_ = after(now, wait->seconds);
        stage_ = Stage::Holding;
    } else if (tappedTarget(step)) {
        until_ = {};
        missingSeconds_ = 0;
        stage_ = Stage::Pointing;
    } else if (std::holds_alternative<core::HoldStep>(step.action) ||
               std::holds_alternative<core::ShotStep>(step.action)) {
        fail("not a step a demonstration takes");
    } else {
        stage_ = Stage::Acting;  // type and expect: the finger's driver does them
    }
}

void TourPlayer::nextStep(core::SteadyTime now) {
    actor_.reset();
    ring_.reset();
    if (++index_ >= steps_.size()) {
        end_ = End::Finished;
        return;
    }
    stage_ = Stage::Begin;
    if (pauseAsked_) {
        pauseAsked_ = false;
        paused_ = true;
        pausedAt_ = now;
    }
}

void TourPlayer::beforeFrame(ImGuiIO& io, const widgets::WidgetRegistry& lastFrame, core::SteadyTime now, bool busy) {
    if (end_ != End::Playing) return;
    const double elapsed = secondsBetween(lastFrameAt_, now);
    lastFrameAt_ = now;
    if (realTouch(io) || paused_) return;
    if (stage_ == Stage::Begin) beginStep(now);
    if (end_ != End::Playing) return;

    const core::ScriptStep& step = steps_[index_];
    if (stage_ == Stage::Holding) {
        if (now >= until_) nextStep(now);
        return;
    }
    if (stage_ == Stage::Pointing) {
        const auto found = lastFrame.find(*tappedTarget(step));
        if (found.size() != 1) {
            ring_.reset();
            if (!busy) missingSeconds_ += elapsed;
            if (missingSeconds_ > kMissingTargetSeconds)
                fail(found.empty() ? "the target is not on screen" : "the target names several widgets");
            return;
        }
        ring_ = Ring{found.front()->min, found.front()->max};
        if (until_ == core::SteadyTime{})
            until_ = after(now, afterNarration_ ? kPointAfterWordsSeconds : kPointAgainSeconds);
        if (now < until_) return;
        afterNarration_ = false;
        stage_ = Stage::Acting;
    }
    if (!actor_) {
        actor_ = std::make_unique<UiDriver>(actorClock_);
        actor_->setFailOnMissingGlyphs(false);  // the app heals its atlas; a demonstration goes on
        actor_->add(step);
    }
    actor_->beforeFrame(io, lastFrame);
}

void TourPlayer::afterFrame(const widgets::WidgetRegistry& drawn, core::ScreenId screen) {
    if (end_ != End::Playing || handedToPanel_ || paused_ || !actor_) return;
    actor_->afterFrame(drawn, screen);
    if (actor_->failed()) {
        fail(actor_->failure());
    } else if (!actor_->busy()) {
        nextStep(lastFrameAt_);
    }
}

}  // namespace kiosk
