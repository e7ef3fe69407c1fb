#include "core/retry_backoff.h"

#include <algorithm>
#include <cmath>

namespace kiosk::core {

double retryDelaySeconds(const BackoffPolicy& policy, int failures, double random01, double retryAfterSeconds) {
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double ceiling = std::min(policy.capSeconds, policy.baseSeconds * std::pow(2.0, exponent));
    const double jittered = std::max(policy.minSeconds, ceiling * std::clamp(random01, 0.0, 1.0));
    // The server knows best when it can take more; a cap still applies so a bad header cannot
    // park the queue for days.
    return std::min(std::max(jittered, retryAfterSeconds), std::max(policy.capSeconds, 3600.0));
}

}  // namespace kiosk::core
