#pragma once
// 全流程演示: plays a UI script (core/ui_script.h) as a demonstration a resident can watch.
// Each narration is spoken and shown as a caption for as long as it takes to say; the next
// thing to tap is ringed for a moment, then tapped, typed or swiped as a finger would (through
// the same UiDriver the tests use). It can pause; a touch anywhere but its own panel stops it.
#include <imgui.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui_driver.h"
#include "core/clock.h"
#include "core/screen_id.h"
#include "core/ui_script.h"
#include "widgets/widget_registry.h"

namespace kiosk {

// Steps a demonstration cannot take: a corner hold (the staff's way in) and screenshots. One
// line per problem, "" for none; also unknown narration keys (known: does the table have it).
std::vector<std::string> demonstrationProblems(const std::vector<core::ScriptStep>& steps,
                                               const std::function<bool(const std::string& key)>& known);

// How long a narration stays before the demonstration moves on: time to hear it said.
double narrationSeconds(const std::string& text);

class TourPlayer {
public:
    enum class End { Playing, Finished, Touched, Stopped, Failed };
    struct Ring {
        ImVec2 min;
        ImVec2 max;
    };

    // `narration` turns a say step's key into the words to speak and show.
    TourPlayer(std::vector<core::ScriptStep> steps, std::function<std::string(const std::string&)> narration);

    void start(core::SteadyTime now);
    void pause(core::SteadyTime now);
    void resume(core::SteadyTime now);
    void stop() { end_ = End::Stopped; }

    // Before ImGui::NewFrame. A real touch inside `panel` (last frame's, where the pause and stop
    // buttons are) goes through; anywhere else it stops the demonstration and is swallowed, so it
    // taps nothing under it. Otherwise the demonstration's own finger moves. `busy`: the app waits
    // for a worker (a font, a save): patience for a missing target does not run out meanwhile.
    void beforeFrame(ImGuiIO& io, const widgets::WidgetRegistry& lastFrame, core::SteadyTime now, bool busy);
    // After the frame was drawn.
    void afterFrame(const widgets::WidgetRegistry& drawn, core::ScreenId screen);
    void setPanel(ImVec2 min, ImVec2 max) { panel_ = Ring{min, max}; }
    const std::optional<Ring>& panel() const { return panel_; }

    bool active() const { return end_ == End::Playing; }
    bool paused() const { return paused_; }
    End end() const { return end_; }
    const std::string& failure() const { return failure_; }
    // The words to speak now (a narration begins, or the demonstration resumes); once each.
    std::optional<std::string> takeNarration() { return std::exchange(narrationDue_, std::nullopt); }
    const std::string& caption() const { return caption_; }
    // The widget about to be tapped, while the demonstration points at it.
    const std::optional<Ring>& ring() const { return ring_; }
    std::size_t stepIndex() const { return index_; }

private:
    enum class Stage { Begin, Holding, Pointing, Acting };
    void beginStep(core::SteadyTime now);
    void nextStep(core::SteadyTime now);
    void fail(const std::string& why);
    bool realTouch(ImGuiIO& io);

    std::vector<core::ScriptStep> steps_;
    std::function<std::string(const std::string&)> narration_;
    std::size_t index_ = 0;
    Stage stage_ = Stage::Begin;
    End end_ = End::Playing;
    bool paused_ = false;
    bool pauseAsked_ = false;
    core::SteadyTime pausedAt_{};
    core::SteadyTime until_{};   // Holding and Pointing: when the stage is over
    double missingSeconds_ = 0;  // Pointing: how long the target has not been drawn
    core::SteadyTime lastFrameAt_{};
    bool afterNarration_ = false;  // the first tap after words is pointed at longer
    std::string caption_;
    std::optional<std::string> narrationDue_;
    std::optional<Ring> ring_;
    std::optional<Ring> panel_;
    // The finger: a UiDriver given one step at a time. Its clock is never read (the player
    // holds the waits itself on the app's clock).
    core::ManualClock actorClock_;
    std::unique_ptr<UiDriver> actor_;
    bool realDown_ = false;       // a real finger is on the glass
    bool realInPanel_ = false;    // ... and it came down on the panel
    bool handedToPanel_ = false;  // this frame's input is the real finger's
    std::string failure_;
};

}  // namespace kiosk
