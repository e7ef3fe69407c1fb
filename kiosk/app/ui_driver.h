#pragma once
// Drives the UI as a resident would, one frame at a time: taps widgets found by id or label (a
// choice on a later page of a chip row or list of choices is found through that row's 更多 or the
// list's ▼, as he would find it),
// types text, lets time pass on a manual clock, checks what is on screen and takes screenshots.
// The same driver runs in the headless tests and in `kiosk --script` on the real GLFW/GL path.
#include <imgui.h>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/screen_id.h"
#include "core/ui_script.h"
#include "widgets/widget_registry.h"

namespace kiosk {

class UiDriver {
public:
    using ScreenshotFn = std::function<bool(const std::string& name, std::string& error)>;

    explicit UiDriver(core::ManualClock& clock) : clock_(clock) {}

    void add(core::ScriptStep step) { steps_.push_back(std::move(step)); }
    void add(const std::vector<core::ScriptStep>& steps);
    void setScreenshotter(ScreenshotFn fn) { screenshot_ = std::move(fn); }
    // When set, any drawn character without a glyph fails the run (render tests, tours).
    void setFailOnMissingGlyphs(bool fail) { failOnMissingGlyphs_ = fail; }

    // Before the app's frame: mouse and keyboard input for this frame, and the clock.
    void beforeFrame(ImGuiIO& io, const widgets::WidgetRegistry& lastFrame);
    // After the frame was drawn (and rendered, for screenshots).
    void afterFrame(const widgets::WidgetRegistry& drawn, core::ScreenId screen);

    bool busy() const { return !steps_.empty() && !failed(); }
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; }
    int stepsDone() const { return stepsDone_; }

private:
    void fail(const std::string& why);
    void finishStep();
    bool stillWaiting();
    // The one widget `target` names on the frame, or null after failing the step.
    const widgets::WidgetRecord* findOne(
        const std::string& target,
        const widgets::WidgetRegistry& drawn);  // an expect step not met yet: keep drawing frames for a while

    core::ManualClock& clock_;
    std::deque<core::ScriptStep> steps_;
    ScreenshotFn screenshot_;
    bool failOnMissingGlyphs_ = true;
    int phase_ = 0;         // frames spent on the current step
    double waitLeft_ = -1;  // seconds still to pass for a wait step
    ImVec2 tapAt_{-1, -1};
    bool pagingMore_ = false;  // this tap step's finger is on a row's 更多 (a list's ▼), not on its target
    int morePagesTapped_ = 0;
    struct PointerFrame {
        ImVec2 pos;
        bool down = false;
    };
    std::vector<PointerFrame> pointer_;  // a draw step, frame by frame
    std::optional<std::chrono::steady_clock::time_point> expectSince_;
    static constexpr std::chrono::seconds kExpectPatience{5};
    std::string failure_;
    int stepsDone_ = 0;
};

}  // namespace kiosk
