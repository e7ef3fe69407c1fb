#pragma once
// When to try a failed send again: exponential backoff with full jitter (a fleet of kiosks that
// lost the network together must not hammer the platform together when it comes back), capped,
// and never sooner than the server's Retry-After.
#include <cstdint>

namespace kiosk::core {

struct BackoffPolicy {
    double baseSeconds = 5.0;
    double capSeconds = 900.0;  // 15 minutes
    double minSeconds = 1.0;
};

// Seconds to wait before attempt `failures` + 1, after `failures` failures in a row (≥ 1).
// `random01` is uniform in [0, 1); `retryAfterSeconds` is the server's wish (0: none).
double retryDelaySeconds(const BackoffPolicy& policy, int failures, double random01, double retryAfterSeconds = 0);

}  // namespace kiosk::core
