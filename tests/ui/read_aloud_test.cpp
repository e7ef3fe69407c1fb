// 朗读 reads the screen's title, content and actions; leaving the screen stops it.
#include <gtest/gtest.h>

#include "support/headless_ui.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

TEST(ReadAloud, ReadsTitleContentAndActionsButNotTheTopBar) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.read_aloud"), "");
    ASSERT_EQ(ui.speech().said.size(), 1u);
    const std::string& said = ui.speech().said[0];
    EXPECT_EQ(said.rfind("您好！请问您要办什么事？", 0), 0u) << said;  // the title comes first
    EXPECT_NE(said.find("公开查询"), std::string::npos) << said;       // the actions on the screen
    EXPECT_EQ(said.find("首页"), std::string::npos) << said;           // not the top bar
}

TEST(ReadAloud, OnAKeyboardScreenReadsTheTextButNotTheKeys) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\nexpect text 按字母拼出拼音，再点上面的汉字。\n"
                     "tap 路灯坏了\ntap topbar.read_aloud"),
              "");
    ASSERT_EQ(ui.speech().said.size(), 1u);
    const std::string& said = ui.speech().said[0];
    EXPECT_EQ(said.rfind("练习打字", 0), 0u) << said;
    EXPECT_NE(said.find("路灯坏了"), std::string::npos) << said;  // what the resident typed
    EXPECT_EQ(said.find("。q。"), std::string::npos) << said;     // not the 26 letter keys
    EXPECT_EQ(said.find("。z。"), std::string::npos) << said;
}

TEST(ReadAloud, MaskedNamesAreReadAsMou) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.payouts\ntap topbar.read_aloud"), "");
    ASSERT_EQ(ui.speech().said.size(), 1u);
    const std::string& said = ui.speech().said[0];
    EXPECT_EQ(said.rfind("补贴发放", 0), 0u) << said;
    EXPECT_EQ(said.find('*'), std::string::npos) << said;
    EXPECT_NE(said.find("某"), std::string::npos) << said;
}

TEST(ReadAloud, NavigationAndTimeoutStopSpeech) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.read_aloud"), "");
    const int before = ui.speech().stops;
    ASSERT_EQ(ui.tap("home.tile.disclosure"), "");
    EXPECT_GT(ui.speech().stops, before);
    const int beforeTimeout = ui.speech().stops;
    ASSERT_EQ(ui.run("wait 125\nexpect screen attract"), "");
    EXPECT_GT(ui.speech().stops, beforeTimeout);
}

TEST(ReadAloud, TheStillThereCountdownCanBeReadToo) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\nwait 95"), "");
    ASSERT_EQ(ui.app().sessionPhase(), core::SessionPhase::Warning);
    EXPECT_EQ(ui.app().registry().contentTexts().front(), "您还在吗？");
}

}  // namespace
}  // namespace kiosk
