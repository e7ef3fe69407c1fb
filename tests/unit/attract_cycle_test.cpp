#include "core/attract_cycle.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

SteadyTime at(double s) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{s});
}

TEST(AttractCycle, CyclesAndSchedulesTheNextChange) {
    AttractCycle cycle(Seconds{12});
    cycle.restart(at(100));
    EXPECT_EQ(cycle.slideIndex(at(100), 4), 0u);
    EXPECT_EQ(cycle.slideIndex(at(111.9), 4), 0u);
    EXPECT_EQ(cycle.slideIndex(at(112), 4), 1u);
    EXPECT_EQ(cycle.slideIndex(at(148), 4), 0u);
    EXPECT_EQ(cycle.nextChange(at(105), 4), at(112));
    EXPECT_EQ(cycle.nextChange(at(105), 1), SteadyTime::max());  // nothing to cycle: no wake-ups
    EXPECT_EQ(cycle.slideIndex(at(105), 0), 0u);
}

}  // namespace
}  // namespace kiosk::core
