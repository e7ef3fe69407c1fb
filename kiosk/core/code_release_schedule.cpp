#include "core/code_release_schedule.h"

#include <algorithm>
#include <chrono>

namespace kiosk::core {
namespace {

SteadyTime after(SteadyTime from, Seconds wait) {
    return from + std::chrono::duration_cast<SteadyTime::duration>(wait);
}

}  // namespace

void CodeReleaseSchedule::frameDrawn(SteadyTime now, bool newScreen) {
    if (!framesSinceRelease_) firstFrameSinceRelease_ = now;
    framesSinceRelease_ = true;
    if (newScreen) {
        newScreenSinceRelease_ = true;
        newScreenShown_ = now;
    }
}

SteadyTime CodeReleaseSchedule::due() const {
    if (!framesSinceRelease_) return SteadyTime::max();
    const SteadyTime regular = after(firstFrameSinceRelease_, policy_.whileDrawing);
    if (!newScreenSinceRelease_) return regular;
    return std::min(regular, after(newScreenShown_, policy_.afterNewScreen));
}

void CodeReleaseSchedule::released() {
    framesSinceRelease_ = false;
    newScreenSinceRelease_ = false;
}

}  // namespace kiosk::core
