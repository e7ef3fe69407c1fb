#pragma once
// When the main loop gives back the pages only the start and the shader compiles read
// (platform/idle_pages.h). llvmpipe compiles a shader variant the first time a frame needs it:
// nearly all of them in a screen's first frames (the first screen's within a second of it). So
// the pages go back a moment after a new screen has settled, and now and then while frames keep
// coming (a list scrolled into new content, the announcement loop's slides); with no frame since
// the last time there can have been no compile, and nothing to give back.
//
// The pure decision, on the loop's clock, so it can be tested on a simulated one.
#include "core/clock.h"

namespace kiosk::core {

struct CodeReleasePolicy {
    Seconds afterNewScreen{1.5};  // its compiles are over (the first screen's: within 1 s)
    // While frames never stop: rare enough that a compile in between pays for the pages it maps
    // back once in a while, not at every frame.
    Seconds whileDrawing{30.0};
};

class CodeReleaseSchedule {
public:
    explicit CodeReleaseSchedule(CodeReleasePolicy policy = {}) : policy_(policy) {}

    // A frame was drawn at `now`; `newScreen` when it is the first of a screen (the kiosk's first
    // frame included).
    void frameDrawn(SteadyTime now, bool newScreen);
    // When to give the pages back; SteadyTime::max() while there is nothing to give back.
    SteadyTime due() const;
    void released();

private:
    CodeReleasePolicy policy_;
    bool framesSinceRelease_ = false;
    bool newScreenSinceRelease_ = false;
    SteadyTime firstFrameSinceRelease_{};
    SteadyTime newScreenShown_{};
};

}  // namespace kiosk::core
