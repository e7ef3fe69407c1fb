#include "core/session_timer.h"

#include <cmath>

namespace kiosk::core {
namespace {
SteadyTime plus(SteadyTime t, Seconds s) {
    return t + std::chrono::duration_cast<SteadyTime::duration>(s);
}
}  // namespace

void SessionTimer::start(SteadyTime now) {
    phase_ = SessionPhase::Active;
    lastActivity_ = now;
}

void SessionTimer::noteActivity(SteadyTime now) {
    if (phase_ == SessionPhase::Active || phase_ == SessionPhase::Warning) {
        phase_ = SessionPhase::Active;
        lastActivity_ = now;
    }
}

SessionPhase SessionTimer::update(SteadyTime now) {
    if (phase_ != SessionPhase::Active && phase_ != SessionPhase::Warning) return phase_;
    const Seconds idle = now - lastActivity_;
    if (idle >= timing_.idleBeforeWarning + timing_.warningCountdown) {
        phase_ = SessionPhase::Expired;
    } else if (idle >= timing_.idleBeforeWarning) {
        phase_ = SessionPhase::Warning;
    }
    return phase_;
}

int SessionTimer::warningSecondsLeft(SteadyTime now) const {
    const Seconds left = timing_.idleBeforeWarning + timing_.warningCountdown - (now - lastActivity_);
    return left.count() <= 0 ? 0 : static_cast<int>(std::ceil(left.count()));
}

SteadyTime SessionTimer::nextChangeDue() const {
    switch (phase_) {
        case SessionPhase::Active: return plus(lastActivity_, timing_.idleBeforeWarning);
        case SessionPhase::Warning: return plus(lastActivity_, timing_.idleBeforeWarning + timing_.warningCountdown);
        default: return SteadyTime::max();
    }
}

SteadyTime SessionTimer::nextCountdownTick(SteadyTime now) const {
    if (phase_ != SessionPhase::Warning) return nextChangeDue();
    // The number shown changes each whole second before the deadline.
    const SteadyTime deadline = nextChangeDue();
    const double left = Seconds(deadline - now).count();
    const double toNextWhole = left - std::floor(left);
    return plus(now, Seconds{toNextWhole > 1e-6 ? toNextWhole : 1.0});
}

}  // namespace kiosk::core
