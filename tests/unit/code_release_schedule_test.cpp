// When the main loop gives back the start's and the compiles' pages, on a simulated clock.
#include "core/code_release_schedule.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

SteadyTime at(double seconds) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{seconds});
}

const CodeReleasePolicy kPolicy{Seconds{1.5}, Seconds{30}};

TEST(CodeReleaseSchedule, NothingIsDueBeforeTheFirstFrame) {
    const CodeReleaseSchedule schedule(kPolicy);
    EXPECT_EQ(schedule.due(), SteadyTime::max());
}

TEST(CodeReleaseSchedule, ANewScreensPagesGoBackOnceItHasSettledThoughFramesKeepComing) {
    CodeReleaseSchedule schedule(kPolicy);
    schedule.frameDrawn(at(0), true);                                                     // the first screen
    for (double t = 1.0 / 30; t < 1.5; t += 1.0 / 30) schedule.frameDrawn(at(t), false);  // its slogan strip
    EXPECT_EQ(schedule.due(), at(1.5));
    schedule.released();
    // Another screen, 10 s later: its own compiles, given back 1.5 s after it showed.
    schedule.frameDrawn(at(10), false);
    schedule.frameDrawn(at(10.5), true);
    schedule.frameDrawn(at(11), false);
    EXPECT_EQ(schedule.due(), at(12));
}

TEST(CodeReleaseSchedule, WhileFramesNeverStopThePagesGoBackEveryInterval) {
    CodeReleaseSchedule schedule(kPolicy);
    schedule.frameDrawn(at(0), true);
    schedule.released();
    schedule.frameDrawn(at(2), false);  // the announcement loop: the same screen, frame after frame
    for (double t = 2; t < 40; t += 1.0 / 30) schedule.frameDrawn(at(t), false);
    EXPECT_EQ(schedule.due(), at(32));
    schedule.released();
    schedule.frameDrawn(at(40), false);
    EXPECT_EQ(schedule.due(), at(70));
}

TEST(CodeReleaseSchedule, AStillScreenHasNothingToGiveBackAfterTheLastTime) {
    CodeReleaseSchedule schedule(kPolicy);
    schedule.frameDrawn(at(0), true);
    schedule.frameDrawn(at(0.2), false);
    ASSERT_EQ(schedule.due(), at(1.5));
    schedule.released();
    // No frame since: no compile, so the loop need not wake for this.
    EXPECT_EQ(schedule.due(), SteadyTime::max());
}

}  // namespace
}  // namespace kiosk::core
