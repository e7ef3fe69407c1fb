// Screen-burn protection: the unattended display drifts within a few pixels, a step at a time.
#include "core/burn_in.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <utility>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;

TEST(BurnIn, DriftsSlowlyWithinAFewPixelsOverEveryPosition) {
    const WallTime start{std::chrono::hours(24 * 20000)};  // some day, at midnight
    std::set<std::pair<int, int>> seen;
    Drift previous = burnInDrift(start);
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const Drift d = burnInDrift(start + std::chrono::minutes(minute));
        EXPECT_LE(std::abs(d.x), kMaxDriftPx);
        EXPECT_LE(std::abs(d.y), kMaxDriftPx);
        // One small step at a time: never more than one grid unit in one direction.
        EXPECT_LE(std::abs(d.x - previous.x) + std::abs(d.y - previous.y), kMaxDriftPx * 2 / 3) << minute;
        if (minute % kDriftStepMinutes != 0) {
            EXPECT_EQ(d.x, previous.x) << "still between steps at minute " << minute;
            EXPECT_EQ(d.y, previous.y);
        }
        seen.insert({d.x, d.y});
        previous = d;
    }
    EXPECT_EQ(seen.size(), 16u) << "every position of the grid in a day";
}

}  // namespace
}  // namespace kiosk::core
