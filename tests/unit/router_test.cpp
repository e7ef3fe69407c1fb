#include "core/router.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(Router, StartsHomeAndBackAtRootDoesNothing) {
    Router r;
    EXPECT_EQ(r.current(), ScreenId::Home);
    EXPECT_FALSE(r.back());
    EXPECT_EQ(r.depth(), 1u);
}

TEST(Router, PushBackHome) {
    Router r;
    r.push(ScreenId::OperatorError);
    EXPECT_EQ(r.current(), ScreenId::OperatorError);
    EXPECT_TRUE(r.back());
    EXPECT_EQ(r.current(), ScreenId::Home);
    r.push(ScreenId::Attract);
    r.push(ScreenId::OperatorError);
    r.home();
    EXPECT_EQ(r.current(), ScreenId::Home);
    EXPECT_EQ(r.depth(), 1u);
}

TEST(Router, DoubleTapDoesNotStackTheSameScreen) {
    Router r;
    r.push(ScreenId::Attract);
    r.push(ScreenId::Attract);
    EXPECT_EQ(r.depth(), 2u);
}

TEST(Router, GenerationChangesOnlyWhenTheScreenChanges) {
    Router r;
    const auto g0 = r.generation();
    r.home();
    EXPECT_EQ(r.generation(), g0);
    r.resetTo(ScreenId::Attract);
    EXPECT_NE(r.generation(), g0);
    const auto g1 = r.generation();
    r.resetTo(ScreenId::Attract);
    EXPECT_EQ(r.generation(), g1);
}

TEST(ScreenNames, RoundTrip) {
    for (ScreenId id : {ScreenId::Home, ScreenId::Attract, ScreenId::OperatorError}) {
        EXPECT_EQ(screenFromName(screenName(id)), id);
    }
    EXPECT_FALSE(screenFromName("nope").has_value());
}

}  // namespace
}  // namespace kiosk::core
