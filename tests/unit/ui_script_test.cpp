#include "core/ui_script.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(UiScript, ParsesEveryStep) {
    const auto r = parseUiScript(
        "# tour\n"
        "tap home.tile.disclosure\n"
        "tap 轻触屏幕开始\n"
        "type 王大华\n"
        "wait 1.5\n"
        "\n"
        "expect screen home\n"
        "expect text 您好\n"
        "expect no-text 您还在吗？\n"
        "shot 01_home\n");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    ASSERT_EQ(r.steps.size(), 8u);
    EXPECT_EQ(std::get<TapStep>(r.steps[0].action).target, "home.tile.disclosure");
    EXPECT_EQ(r.steps[0].line, 2);
    EXPECT_EQ(std::get<TapStep>(r.steps[1].action).target, "轻触屏幕开始");
    EXPECT_EQ(std::get<TypeStep>(r.steps[2].action).text, "王大华");
    EXPECT_DOUBLE_EQ(std::get<WaitStep>(r.steps[3].action).seconds, 1.5);
    EXPECT_EQ(std::get<ExpectScreenStep>(r.steps[4].action).screen, "home");
    EXPECT_TRUE(std::get<ExpectTextStep>(r.steps[5].action).present);
    EXPECT_FALSE(std::get<ExpectTextStep>(r.steps[6].action).present);
    EXPECT_EQ(std::get<ShotStep>(r.steps[7].action).name, "01_home");
}

TEST(UiScript, Swipe) {
    const auto r = parseUiScript("swipe payouts.list -600\nswipe 乐* 40.5\nswipe nowhere\n");
    ASSERT_EQ(r.steps.size(), 2u);
    EXPECT_EQ(std::get<SwipeStep>(r.steps[0].action).target, "payouts.list");
    EXPECT_FLOAT_EQ(std::get<SwipeStep>(r.steps[0].action).dy, -600.0f);
    EXPECT_FLOAT_EQ(std::get<SwipeStep>(r.steps[1].action).dy, 40.5f);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("line 3"), std::string::npos);
}

TEST(UiScript, ErrorsNameTheLine) {
    const auto r = parseUiScript("tap x\ntapp y\nwait soon\nexpect screen nowhere\nexpect colour red\ntap\n");
    ASSERT_EQ(r.errors.size(), 5u);
    EXPECT_EQ(r.errors[0], "line 2: unknown step 'tapp' (tap, swipe, hold, draw, type, wait, expect, shot)");
    EXPECT_NE(r.errors[1].find("line 3"), std::string::npos);
    EXPECT_NE(r.errors[2].find("unknown screen 'nowhere'"), std::string::npos);
    EXPECT_NE(r.errors[3].find("line 5"), std::string::npos);
    EXPECT_NE(r.errors[4].find("line 6"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::core
