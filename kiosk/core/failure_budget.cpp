#include "core/failure_budget.h"

namespace kiosk::core {

bool FailureBudget::recordFailure(SteadyTime now) {
    failures_.push_back(now);
    while (!failures_.empty() && now - failures_.front() > window_) failures_.pop_front();
    return static_cast<int>(failures_.size()) >= maxFailures_;
}

}  // namespace kiosk::core
