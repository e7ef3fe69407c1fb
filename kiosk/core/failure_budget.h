#pragma once
// Whether a public kiosk should keep going after a screen failed. One failure: log it and go
// home. Several close together: exit non-zero so the service manager restarts the process
// (asserts that kill the app on the first error are worse in a public hall).
#include <deque>

#include "core/clock.h"

namespace kiosk::core {

class FailureBudget {
public:
    FailureBudget(int maxFailures, Seconds window) : maxFailures_(maxFailures), window_(window) {}

    // Records a failure at `now`; returns true when the budget is spent (time to exit).
    bool recordFailure(SteadyTime now);
    int recentFailures() const { return static_cast<int>(failures_.size()); }

private:
    int maxFailures_;
    Seconds window_;
    std::deque<SteadyTime> failures_;
};

}  // namespace kiosk::core
