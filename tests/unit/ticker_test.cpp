// The slogan strip's logic: which slogans run (their schedules), how they are joined, and where
// the running text stands as time passes (seamless, whole pixels, steady after a long day).
#include "core/ticker.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kiosk::core {
namespace {

Slogan slogan(const std::string& id, const std::string& text, AnnouncementSchedule schedule = {}) {
    return Slogan{id, text, std::move(schedule)};
}

constexpr LocalMoment kMonday10{20261123, 1, 600};

TEST(Ticker, ScheduledSlogansRunInOrderWithTheSeparatorAfterEach) {
    AnnouncementSchedule weekend;
    weekend.weekdays = {6, 7};
    AnnouncementSchedule mornings;
    mornings.fromMinute = 8 * 60;
    mornings.untilMinute = 12 * 60;
    const std::vector<Slogan> slogans{slogan("a", "阳光公开"), slogan("b", "周末好", weekend),
                                      slogan("c", "上午好", mornings)};
    EXPECT_EQ(tickerText(slogans, kMonday10, " * "), "阳光公开 * 上午好 * ");
    EXPECT_EQ(tickerText(slogans, {20261128, 6, 13 * 60}, " * "), "阳光公开 * 周末好 * ");
    EXPECT_EQ(tickerText({}, kMonday10, " * "), "");
    EXPECT_EQ(tickerText({slogan("b", "周末好", weekend)}, kMonday10, " * "), "") << "nothing scheduled: no strip";
}

TEST(Ticker, TheTextRunsLeftAtItsSpeedAndWrapsWithoutAJump) {
    const float period = 1000.0f;
    EXPECT_EQ(tickerFirstCopyX(0.0, 90.0f, period), 0.0f);
    EXPECT_EQ(tickerFirstCopyX(1.0, 90.0f, period), -90.0f);
    EXPECT_EQ(tickerFirstCopyX(10.0, 90.0f, period), -900.0f);
    // 11.2 s: 1008 px run, one period and 8 px: the next copy stands where the first stood.
    EXPECT_EQ(tickerFirstCopyX(11.2, 90.0f, period), -8.0f);
    // Frame to frame at 30 fps the text moves 3 px, never more, across the wrap as well.
    float last = tickerFirstCopyX(0.0, 90.0f, period);
    for (int frame = 1; frame < 30 * 30; ++frame) {
        const float x = tickerFirstCopyX(frame / 30.0, 90.0f, period);
        EXPECT_GE(x, -period);
        EXPECT_LE(x, 0.0f);
        EXPECT_EQ(x, std::round(x)) << "whole pixels";
        const float moved = last - x < 0 ? last - x + period : last - x;
        EXPECT_NEAR(moved, 3.0f, 1.0f) << "frame " << frame;
        last = x;
    }
}

TEST(Ticker, AfterAWholeDayTheTextStillMovesSmoothly) {
    const double day = 24.0 * 3600.0;
    const float a = tickerFirstCopyX(day, 90.0f, 777.0f);
    const float b = tickerFirstCopyX(day + 1.0 / 30.0, 90.0f, 777.0f);
    const float moved = a - b < 0 ? a - b + 777.0f : a - b;
    EXPECT_NEAR(moved, 3.0f, 1.0f);
}

TEST(Ticker, NoTextOrNoTimeStandsStill) {
    EXPECT_EQ(tickerFirstCopyX(5.0, 90.0f, 0.0f), 0.0f);
    EXPECT_EQ(tickerFirstCopyX(-1.0, 90.0f, 500.0f), 0.0f);
}

}  // namespace
}  // namespace kiosk::core
