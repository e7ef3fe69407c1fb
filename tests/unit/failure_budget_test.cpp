#include "core/failure_budget.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

SteadyTime at(double s) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{s});
}

TEST(FailureBudget, SpentByFailuresCloseTogetherOnly) {
    FailureBudget budget(3, Seconds{60});
    EXPECT_FALSE(budget.recordFailure(at(0)));
    EXPECT_FALSE(budget.recordFailure(at(50)));
    EXPECT_FALSE(budget.recordFailure(at(100)));  // the first one is more than a minute old
    EXPECT_TRUE(budget.recordFailure(at(101)));
}

}  // namespace
}  // namespace kiosk::core
