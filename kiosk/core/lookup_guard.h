#pragma once
// 进度查询 guesses: a tracking code is 10 digits and the secret 4, so a patient stranger could try
// codes at a public kiosk. After kMaxFailures wrong answers in a row the lookup rests for the
// cool-down. It belongs to the kiosk, not the session: walking away does not reset it.
#include "core/clock.h"

namespace kiosk::core {

class LookupGuard {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr Seconds kCoolDown{300.0};

    bool locked(SteadyTime now) const { return now < lockedUntil_; }
    // Whole seconds until lookups are allowed again (0 when they are).
    int secondsLeft(SteadyTime now) const;
    void failed(SteadyTime now);
    void succeeded() { failures_ = 0; }
    int failures() const { return failures_; }

private:
    int failures_ = 0;
    SteadyTime lockedUntil_{};
};

}  // namespace kiosk::core
