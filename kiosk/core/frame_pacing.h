#pragma once
#include <algorithm>
// Render on demand: the pure decision of the main loop, separated from GLFW so it can be tested
// on a simulated clock. A kiosk is on all day; a static screen must cost almost no CPU.
//
// The loop asks `waitTimeout()`, blocks in glfwWaitEventsTimeout for that long, tells the pacer
// what happened (input or a worker's message), then asks `shouldDraw()`.
#include "core/clock.h"

namespace kiosk::core {

struct PacingPolicy {
    // Dear ImGui needs a few frames after an event to settle (a click reports on release,
    // hover and active states update one frame late).
    int framesAfterEvent = 3;
    Seconds animationInterval{1.0 / 30.0};  // while something animates
    Seconds longestSleep{60.0};             // wake at least this often even when nothing is due
};

class FramePacer {
public:
    explicit FramePacer(PacingPolicy policy = {}) : policy_(policy) {}

    // An input event or a worker message arrived: draw a few frames.
    void noteEvent() { framesOwed_ = policy_.framesAfterEvent; }
    // New pixels only (the camera preview): one frame shows them; no input needs settling.
    void noteNewPicture() { framesOwed_ = std::max(framesOwed_, 1); }
    // The app's own next deadline (clock minute, countdown second, slide change), from the last frame.
    void setNextDue(SteadyTime due) { nextDue_ = due; }
    // Something on screen is moving and wants another frame soon (set per frame).
    void setAnimating(bool animating) { animating_ = animating; }

    bool shouldDraw(SteadyTime now) const;
    // How long the loop may block waiting for events; 0 means draw right away.
    Seconds waitTimeout(SteadyTime now) const;
    // Bookkeeping after a frame was drawn at `now`.
    void frameDrawn(SteadyTime now);

    int framesOwed() const { return framesOwed_; }

private:
    PacingPolicy policy_;
    int framesOwed_ = 1;  // the very first frame
    bool animating_ = false;
    SteadyTime nextDue_ = SteadyTime::max();
    SteadyTime lastFrame_{};
};

}  // namespace kiosk::core
