// 工作人员 in the headless UI, as staff would: hold the top-left corner 5 s, type the PIN on the
// keypad, reach the staff menu, leave. Wrong PINs, the lock after five (logged, never the PIN),
// and a kiosk without a PIN.
#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "storage/pin_hash.h"
#include "support/headless_ui.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

// Fewer iterations than a real kiosk's (the config accepts 10000 and up): the test types many PINs.
HeadlessOptions withPin(const std::string& pin) {
    HeadlessOptions options;
    options.configText = "[staff]\npin_hash = \"" + storage::hashPin(pin, 20000) + "\"\n";
    return options;
}

std::string typePin(const std::string& digits) {
    std::string script;
    for (char c : digits) script += std::string("tap staff.key.") + c + "\n";
    return script + "tap staff.pin.ok\n";
}

TEST(StaffMode, HoldingTheCornerThenTheRightPinOpensTheStaffMenuAndLeavingReturnsToTheDisplay) {
    HeadlessUi ui(withPin("246813"));
    ASSERT_EQ(ui.run("hold top-left 5\nexpect screen staff_pin\nexpect text 请输入工作人员密码"), "");
    ASSERT_EQ(ui.run("tap staff.key.2\ntap staff.key.4\ntap staff.key.6"), "");
    EXPECT_FALSE(ui.showsText("246")) << "the PIN shows as dots, never as digits";
    ASSERT_EQ(ui.run("tap staff.key.8\ntap staff.key.1\ntap staff.key.3\ntap staff.pin.ok\nexpect screen staff_menu"),
              "");
    ASSERT_EQ(ui.run("tap staff.leave\nexpect screen attract"), "");
    // From another screen too: the hold works wherever the resident's screens are.
    ASSERT_EQ(ui.run("tap attract.wake\nexpect screen home\nhold top-left 5\nexpect screen staff_pin"), "");
}

TEST(StaffMode, AShortHoldOrAnotherCornerIsAnOrdinaryTouch) {
    HeadlessUi ui(withPin("246813"));
    ASSERT_EQ(ui.run("hold top-left 4.5\nexpect screen home"), "") << "short of 5 s: a touch that wakes the kiosk";
    auto toHome = [&] {
        if (ui.app().currentScreen() != core::ScreenId::Home) {
            ASSERT_EQ(ui.tap("topbar.home"), "");
        }
    };
    for (const char* corner : {"top-right", "bottom-left", "bottom-right"}) {
        toHome();
        ASSERT_EQ(ui.run("hold " + std::string(corner) + " 6"), "");
        EXPECT_NE(ui.app().currentScreen(), core::ScreenId::StaffPin) << corner;
    }
    // The press that opened the PIN screen lifts there without tapping what lay under it.
    toHome();
    ASSERT_EQ(ui.run("hold top-left 5\nexpect screen staff_pin\nwait 1\nexpect screen staff_pin"), "");
}

TEST(StaffMode, WrongPinsSayHowManyTriesAreLeftAndTheFifthLocksEntryForFiveMinutes) {
    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(2000);
    spdlog::default_logger()->sinks().push_back(ring);
    {
        HeadlessUi ui(withPin("246813"));
        ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("12")), "");
        EXPECT_TRUE(ui.showsText("密码是 6 到 8 位数字")) << "too short: not counted as a try";
        ASSERT_EQ(ui.run(typePin("111111")), "");
        EXPECT_TRUE(ui.showsText("密码不对。还可以再试 4 次。"));
        ASSERT_EQ(ui.run(typePin("111112") + typePin("111113") + typePin("111114")), "");
        EXPECT_TRUE(ui.showsText("还可以再试 1 次"));
        ASSERT_EQ(ui.run(typePin("111115")), "");
        EXPECT_TRUE(ui.showsText("密码输错次数太多，请 5 分钟后再试。"));
        EXPECT_NE(ui.run("tap staff.key.2"), "") << "no keypad while locked";
    }
    auto& sinks = spdlog::default_logger()->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), ring), sinks.end());
    const auto lines = ring->last_formatted();
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("5 wrong PINs in a row; staff entry is closed for 5 minutes") != std::string::npos;
    }));
    for (const auto& line : lines) {
        for (const char* pin : {"111111", "111115", "246813"}) EXPECT_EQ(line.find(pin), std::string::npos) << line;
    }
}

TEST(StaffMode, TheLockEndsAfterFiveMinutesAndTheRightPinWorksAgain) {
    HeadlessUi ui(withPin("246813"));
    ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("111111") + typePin("111111") + typePin("111111") +
                     typePin("111111") + typePin("111111")),
              "");
    ASSERT_TRUE(ui.showsText("分钟后再试"));
    // The visit times out meanwhile (nobody touches the kiosk): back on the unattended display.
    ASSERT_EQ(ui.run("wait 301\nexpect screen attract\nhold top-left 5\nexpect screen staff_pin"), "");
    EXPECT_FALSE(ui.showsText("分钟后再试"));
    ASSERT_EQ(ui.run(typePin("246813") + "expect screen staff_menu"), "");
}

// Issue 19: the lockout forgot itself at a restart — five more tries for anyone who could make the
// kiosk restart (or wait for its nightly one).
TEST(StaffMode, TheLockoutSurvivesARestart) {
    const auto dataDir = std::filesystem::temp_directory_path() / ("staff-lockout-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dataDir);
    HeadlessOptions options = withPin("246813");
    options.dataDir = dataDir.string();
    {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("111111") + typePin("111112") + typePin("111113")), "");
        EXPECT_TRUE(ui.showsText("还可以再试 2 次"));
    }
    {
        HeadlessUi ui(options);  // the kiosk restarted: the three wrong PINs still count
        ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("111114")), "");
        EXPECT_TRUE(ui.showsText("还可以再试 1 次"));
        ASSERT_EQ(ui.run(typePin("111115")), "");
        EXPECT_TRUE(ui.showsText("分钟后再试"));
    }
    {
        HeadlessUi ui(options);  // and again: still locked, the right PIN is not even asked
        ASSERT_EQ(ui.run("hold top-left 5\nexpect screen staff_pin"), "");
        EXPECT_TRUE(ui.showsText("分钟后再试"));
        EXPECT_NE(ui.run(typePin("246813")), "") << "no keypad while locked";
        ASSERT_EQ(ui.run("wait 301\nhold top-left 5\n" + typePin("246813") + "expect screen staff_menu"), "");
    }
    std::filesystem::remove_all(dataDir);
}

TEST(StaffMode, APinOfFewerThanSixDigitsIsNotTried) {
    HeadlessUi ui(withPin("246813"));
    ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("2468")), "");
    EXPECT_TRUE(ui.showsText("密码是 6 到 8 位数字"));
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::StaffPin);
}

TEST(StaffMode, TheOperatorPanelShowsTheKiosksStateAndItsButtonsWork) {
    HeadlessUi ui(withPin("246813"));
    ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("246813") + "tap staff.operator\nexpect screen operator_panel"), "");
    EXPECT_TRUE(ui.showsText("设备编号"));
    EXPECT_TRUE(ui.showsText("kiosk-1")) << "the device id of the config";
    EXPECT_TRUE(ui.showsText("未配置平台")) << "no platform: the network row and the sync button say so";
    EXPECT_TRUE(ui.showsText("今日使用"));
    ASSERT_EQ(ui.run("tap operator.speech_test"), "");
    ASSERT_FALSE(ui.speech().said.empty());
    EXPECT_EQ(ui.speech().said.back(), "朗读测试。这是本机的声音，音量合适吗？");
    // 摄像头测试 is 扫码 itself: the live picture and the decoder (no camera here: it says so).
    ASSERT_EQ(ui.run("tap operator.camera_test\nexpect screen scan_qr\ntap topbar.back\nexpect screen operator_panel"),
              "");
    EXPECT_FALSE(ui.app().exitCode().has_value());
    ASSERT_EQ(ui.run("tap operator.exit"), "");
    EXPECT_EQ(ui.app().exitCode(), App::kExitForMaintenance);
}

TEST(StaffMode, ACaseFiledInDemonstrationModeNeverReachesTheOutboxAndTheModeEndsWithTheVisit) {
    HeadlessOptions options = withPin("246813");
    options.dataDir = (std::filesystem::temp_directory_path() / ("kiosk-demo-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(options.dataDir);
    {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("246813") + "tap staff.demo\nexpect screen home"), "");
        EXPECT_TRUE(ui.app().demoMode());
        EXPECT_TRUE(ui.showsText("演示模式：不会真的提交")) << "every screen says so";
        ASSERT_EQ(ui.run("tap home.tile.case\nexpect text 演示模式：不会真的提交\ntap case.kind.complaint\n"
                         "tap case.category.env\ntap case.next\ntap case.place.here\ntap case.next\n"
                         "tap case.description.phrase.0\ntap case.next\ntap case.next\n"
                         "tap case.contact.anonymous\ntap case.next\ntap case.review.submit\nexpect text 查询密码"),
                  "");
        ASSERT_NE(ui.app().caseDesk().outbox(), nullptr);
        EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u) << "nothing for the platform";
        ASSERT_NE(ui.app().demoDesk(), nullptr);
        EXPECT_EQ(ui.app().demoDesk()->outbox()->depth(), 1u) << "the sandbox holds it";
        // 查询进度 in the demonstration finds the demonstration cases.
        ASSERT_EQ(ui.run("tap topbar.home\ntap home.tile.track"), "");
        // Nobody touches the kiosk: the visit ends, and with it the demonstration.
        ASSERT_EQ(ui.run("wait 130\nexpect screen attract"), "");
        EXPECT_FALSE(ui.app().demoMode());
        ASSERT_EQ(ui.run("tap attract.wake\nexpect screen home"), "");
        EXPECT_FALSE(ui.showsText("演示模式")) << "the next resident's visit is real";
        // 重置演示数据 empties the sandbox.
        ASSERT_TRUE(std::filesystem::exists(std::filesystem::path(options.dataDir) / "demo" / "outbox.db"));
        ASSERT_EQ(ui.run("hold top-left 5\n" + typePin("246813") + "tap staff.demo_reset"), "");
        EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(options.dataDir) / "demo" / "outbox.db"));
    }
    std::filesystem::remove_all(options.dataDir);
}

TEST(StaffMode, AKioskWithoutAPinSaysSoAndHasNoKeypad) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("hold top-left 5\nexpect screen staff_pin\nexpect text 本机没有设置工作人员密码"), "");
    EXPECT_NE(ui.run("tap staff.key.1"), "");
}

}  // namespace
}  // namespace kiosk
