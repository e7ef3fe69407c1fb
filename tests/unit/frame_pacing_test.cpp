// The main loop's pacing on a simulated clock: static screens sleep, input draws a few frames.
#include "core/frame_pacing.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

SteadyTime at(double seconds) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{seconds});
}

TEST(FramePacing, DrawsTheFirstFrameThenSleepsUntilSomethingIsDue) {
    FramePacer pacer;
    EXPECT_TRUE(pacer.shouldDraw(at(0)));
    pacer.frameDrawn(at(0));
    pacer.setNextDue(at(60));  // the clock's next minute
    EXPECT_FALSE(pacer.shouldDraw(at(0.01)));
    EXPECT_NEAR(pacer.waitTimeout(at(0.01)).count(), 59.99, 1e-6);
    EXPECT_TRUE(pacer.shouldDraw(at(60)));
    EXPECT_EQ(pacer.waitTimeout(at(60)).count(), 0.0);
}

TEST(FramePacing, AStaticScreenDrawsAtMostOncePerLongestSleep) {
    FramePacer pacer(PacingPolicy{3, Seconds{1.0 / 30}, Seconds{60}});
    pacer.frameDrawn(at(0));
    pacer.setNextDue(SteadyTime::max());
    EXPECT_FALSE(pacer.shouldDraw(at(10)));
    EXPECT_DOUBLE_EQ(pacer.waitTimeout(at(10)).count(), 60.0);
    // Over a simulated hour of no input and nothing due, the loop wakes ~60 times and draws nothing.
    int frames = 0;
    for (double t = 0; t < 3600; t += pacer.waitTimeout(at(t)).count()) {
        if (pacer.shouldDraw(at(t))) ++frames;
    }
    EXPECT_EQ(frames, 0);
}

TEST(FramePacing, AnEventDrawsAFewFramesThenSleepsAgain) {
    PacingPolicy policy;
    FramePacer pacer(policy);
    pacer.frameDrawn(at(0));
    pacer.setNextDue(at(100));
    pacer.noteEvent();
    int drawn = 0;
    double t = 1.0;
    while (pacer.shouldDraw(at(t))) {
        EXPECT_EQ(pacer.waitTimeout(at(t)).count(), 0.0);
        pacer.frameDrawn(at(t));
        t += 0.016;
        ++drawn;
    }
    EXPECT_EQ(drawn, policy.framesAfterEvent);
    EXPECT_DOUBLE_EQ(pacer.waitTimeout(at(t)).count(), PacingPolicy{}.longestSleep.count());
}

TEST(FramePacing, AnimationDrawsAtItsIntervalNotFaster) {
    FramePacer pacer;
    pacer.frameDrawn(at(0));
    pacer.setNextDue(at(100));
    pacer.setAnimating(true);
    EXPECT_FALSE(pacer.shouldDraw(at(0.01)));
    EXPECT_NEAR(pacer.waitTimeout(at(0.01)).count(), 1.0 / 30 - 0.01, 1e-6);
    EXPECT_TRUE(pacer.shouldDraw(at(0.034)));
}

}  // namespace
}  // namespace kiosk::core
