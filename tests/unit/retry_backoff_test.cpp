#include "core/retry_backoff.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(RetryBackoff, GrowsExponentiallyUpToTheCap) {
    const BackoffPolicy p;
    EXPECT_DOUBLE_EQ(retryDelaySeconds(p, 1, 0.999999), 5.0 * 0.999999);
    EXPECT_NEAR(retryDelaySeconds(p, 2, 0.999999), 10.0, 1e-4);
    EXPECT_NEAR(retryDelaySeconds(p, 5, 0.999999), 80.0, 1e-3);
    EXPECT_NEAR(retryDelaySeconds(p, 20, 0.999999), 900.0, 1e-2);
    EXPECT_NEAR(retryDelaySeconds(p, 1000, 0.999999), 900.0, 1e-2);
}

TEST(RetryBackoff, FullJitterSpreadsAFleetButNeverBelowTheMinimum) {
    const BackoffPolicy p;
    EXPECT_DOUBLE_EQ(retryDelaySeconds(p, 6, 0.5), 80.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(p, 6, 0.0), 1.0);
}

TEST(RetryBackoff, RetryAfterIsHonouredButBounded) {
    const BackoffPolicy p;
    EXPECT_DOUBLE_EQ(retryDelaySeconds(p, 1, 0.1, 120.0), 120.0);
    EXPECT_DOUBLE_EQ(retryDelaySeconds(p, 1, 0.1, 1e9), 3600.0);
}

}  // namespace
}  // namespace kiosk::core
