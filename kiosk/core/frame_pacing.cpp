#include "core/frame_pacing.h"

#include <algorithm>

namespace kiosk::core {

bool FramePacer::shouldDraw(SteadyTime now) const {
    if (framesOwed_ > 0) return true;
    if (now >= nextDue_) return true;
    return animating_ && now - lastFrame_ >= policy_.animationInterval;
}

Seconds FramePacer::waitTimeout(SteadyTime now) const {
    if (framesOwed_ > 0 || now >= nextDue_) return Seconds{0};
    Seconds wait = std::min(policy_.longestSleep, Seconds(nextDue_ - now));
    if (animating_) {
        const Seconds sinceLast = now - lastFrame_;
        wait = std::min(wait, std::max(Seconds{0}, policy_.animationInterval - sinceLast));
    }
    return wait;
}

void FramePacer::frameDrawn(SteadyTime now) {
    lastFrame_ = now;
    if (framesOwed_ > 0) --framesOwed_;
}

}  // namespace kiosk::core
