#include "core/lookup_guard.h"

#include <cmath>

namespace kiosk::core {

int LookupGuard::secondsLeft(SteadyTime now) const {
    if (!locked(now)) return 0;
    return static_cast<int>(std::ceil(std::chrono::duration_cast<Seconds>(lockedUntil_ - now).count()));
}

void LookupGuard::failed(SteadyTime now) {
    if (++failures_ < kMaxFailures) return;
    failures_ = 0;
    lockedUntil_ = now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(kCoolDown);
}

}  // namespace kiosk::core
