#pragma once
// Inactivity handling for one resident's session, on whatever clock the caller passes in.
//
//   Active --(idle for idleBeforeWarning)--> Warning --(countdown runs out)--> Expired
//     ^                                        |
//     +------------- any touch (继续) ----------+
//
// Expired means: wipe the session and go to the unattended display. The timer then stays
// stopped until the next session starts.
#include "core/clock.h"

namespace kiosk::core {

struct SessionTiming {
    Seconds idleBeforeWarning{90.0};
    Seconds warningCountdown{30.0};  // WCAG 2.2.1: at least 20 s to extend
};

enum class SessionPhase { Stopped, Active, Warning, Expired };

class SessionTimer {
public:
    explicit SessionTimer(SessionTiming timing) : timing_(timing) {}

    void start(SteadyTime now);
    void stop() { phase_ = SessionPhase::Stopped; }
    // A touch. During the warning it is the "one tap extends" of the DESIGN.
    void noteActivity(SteadyTime now);
    // Moves the phase along with time; returns the phase after the update.
    SessionPhase update(SteadyTime now);

    SessionPhase phase() const { return phase_; }
    // Whole seconds left on the "还在吗？" countdown (rounded up, so it never shows 0 while waiting).
    int warningSecondsLeft(SteadyTime now) const;
    // When the phase will next change by itself (to schedule a wake-up); max() when it will not.
    SteadyTime nextChangeDue() const;
    // When the visible countdown next changes its number.
    SteadyTime nextCountdownTick(SteadyTime now) const;

private:
    SessionTiming timing_;
    SessionPhase phase_ = SessionPhase::Stopped;
    SteadyTime lastActivity_{};
};

}  // namespace kiosk::core
