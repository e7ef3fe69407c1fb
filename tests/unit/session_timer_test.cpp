#include "core/session_timer.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

SteadyTime at(double seconds) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{seconds});
}

SessionTiming defaults() {
    return SessionTiming{Seconds{90}, Seconds{30}};
}

TEST(SessionTimer, StoppedUntilStarted) {
    SessionTimer t(defaults());
    EXPECT_EQ(t.update(at(1000)), SessionPhase::Stopped);
    t.noteActivity(at(1000));  // a touch on the attract loop is not a session
    EXPECT_EQ(t.phase(), SessionPhase::Stopped);
}

TEST(SessionTimer, WarnsAfterIdleThenExpiresAfterCountdown) {
    SessionTimer t(defaults());
    t.start(at(0));
    EXPECT_EQ(t.update(at(89.9)), SessionPhase::Active);
    EXPECT_EQ(t.update(at(90)), SessionPhase::Warning);
    EXPECT_EQ(t.warningSecondsLeft(at(90)), 30);
    EXPECT_EQ(t.warningSecondsLeft(at(90.5)), 30);  // rounded up: never shows 0 while waiting
    EXPECT_EQ(t.warningSecondsLeft(at(119.2)), 1);
    EXPECT_EQ(t.update(at(119.99)), SessionPhase::Warning);
    EXPECT_EQ(t.update(at(120)), SessionPhase::Expired);
}

TEST(SessionTimer, ActivityDuringActiveOrWarningRestartsIdle) {
    SessionTimer t(defaults());
    t.start(at(0));
    t.noteActivity(at(50));
    EXPECT_EQ(t.update(at(139)), SessionPhase::Active);
    EXPECT_EQ(t.update(at(141)), SessionPhase::Warning);
    t.noteActivity(at(145));  // the one tap that extends
    EXPECT_EQ(t.phase(), SessionPhase::Active);
    EXPECT_EQ(t.update(at(234)), SessionPhase::Active);
}

TEST(SessionTimer, ExpiredStaysExpiredUntilRestarted) {
    SessionTimer t(defaults());
    t.start(at(0));
    EXPECT_EQ(t.update(at(500)), SessionPhase::Expired);
    t.noteActivity(at(501));
    EXPECT_EQ(t.phase(), SessionPhase::Expired);
    t.start(at(502));
    EXPECT_EQ(t.phase(), SessionPhase::Active);
}

TEST(SessionTimer, WakeUpTimesForTheLoop) {
    SessionTimer t(defaults());
    EXPECT_EQ(t.nextChangeDue(), SteadyTime::max());
    t.start(at(10));
    EXPECT_EQ(t.nextChangeDue(), at(100));
    t.update(at(100.25));
    EXPECT_EQ(t.nextChangeDue(), at(130));
    // The countdown's number changes at whole seconds before the deadline.
    EXPECT_NEAR(Seconds(t.nextCountdownTick(at(100.25)) - at(100.25)).count(), 0.75, 1e-6);
}

}  // namespace
}  // namespace kiosk::core
