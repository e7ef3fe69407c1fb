#include "core/lookup_guard.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(LookupGuard, FiveWrongAnswersInARowRestTheLookup) {
    ManualClock clock;
    LookupGuard guard;
    for (int i = 0; i < LookupGuard::kMaxFailures - 1; ++i) {
        guard.failed(clock.now());
        EXPECT_FALSE(guard.locked(clock.now())) << i;
    }
    guard.failed(clock.now());
    EXPECT_TRUE(guard.locked(clock.now()));
    EXPECT_EQ(guard.secondsLeft(clock.now()), 300);
    clock.advance(Seconds{299.5});
    EXPECT_TRUE(guard.locked(clock.now()));
    EXPECT_EQ(guard.secondsLeft(clock.now()), 1);
    clock.advance(Seconds{0.5});
    EXPECT_FALSE(guard.locked(clock.now()));
    EXPECT_EQ(guard.secondsLeft(clock.now()), 0);
    guard.failed(clock.now());
    EXPECT_FALSE(guard.locked(clock.now())) << "a fresh count after the rest";
}

TEST(LookupGuard, ARightAnswerStartsTheCountAgain) {
    ManualClock clock;
    LookupGuard guard;
    for (int i = 0; i < 4; ++i) guard.failed(clock.now());
    guard.succeeded();
    for (int i = 0; i < 4; ++i) guard.failed(clock.now());
    EXPECT_FALSE(guard.locked(clock.now()));
}

}  // namespace
}  // namespace kiosk::core
