// The shell driven as a resident would: taps on the headless UI, time on a manual clock.
#include <gtest/gtest.h>

#include <cstdio>

#include <cmath>

#include <stdexcept>

#include "core/burn_in.h"
#include "core/playlist.h"
#include "support/headless_ui.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

TEST(ShellFlow, StartsOnTheUnattendedDisplayAndATouchOpensHome) {
    HeadlessUi ui;
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    EXPECT_TRUE(ui.showsText("轻触屏幕开始"));
    EXPECT_EQ(ui.tap("轻触屏幕开始"), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Active);
    EXPECT_TRUE(ui.showsText("您好！请问您要办什么事？"));
}

TEST(ShellFlow, AttractLoopCyclesAnnouncements) {
    HeadlessUi ui;
    EXPECT_TRUE(ui.showsText("1 / 5"));
    EXPECT_EQ(ui.app().attractVideo(), nullptr) << "a still slide decodes nothing";
    EXPECT_EQ(ui.wait(12), "");
    // The promotional video's slide: its video plays (decoded for real, in real time) for 20 s.
    EXPECT_TRUE(ui.showsText("2 / 5"));
    EXPECT_TRUE(ui.showsText("宣传片：监督一点通"));
    ASSERT_NE(ui.app().attractVideo(), nullptr);
    EXPECT_TRUE(ui.framesUntil([&] { return ui.app().attractVideo()->status().frames >= 5; }))
        << ui.app().attractVideo()->status().problem;
    EXPECT_EQ(ui.app().attractVideo()->status().state, platform::VideoState::Playing);
    EXPECT_EQ(ui.wait(20), "");
    EXPECT_TRUE(ui.showsText("3 / 5"));
    EXPECT_TRUE(ui.showsText("十一月补贴发放公示"));
    EXPECT_EQ(ui.app().attractVideo(), nullptr) << "the next slide: the video stopped";
    EXPECT_EQ(ui.wait(36), "");
    EXPECT_TRUE(ui.showsText("1 / 5"));
}

TEST(ShellFlow, ATouchDuringTheVideoStopsItAndWakesTheKiosk) {
    HeadlessUi ui;
    ASSERT_EQ(ui.wait(12), "");
    ASSERT_NE(ui.app().attractVideo(), nullptr);
    ASSERT_EQ(ui.run("tap attract.wake\nexpect screen home"), "");
    EXPECT_EQ(ui.app().attractVideo(), nullptr) << "nothing decodes while a resident uses the kiosk";
    // It closes on its own thread, not under the resident's finger, and is gone soon after.
    EXPECT_TRUE(ui.framesUntil([&] { return ui.app().videosClosing() == 0; }));
}

TEST(ShellFlow, EveryHomeTileRoutesToItsScreenAndHomeComesBack) {
    HeadlessUi ui;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (const ui::HomeTile& tile : ui.app().homeTiles()) {
        SCOPED_TRACE(tile.id);
        ASSERT_EQ(ui.tap(tile.id), "");
        EXPECT_EQ(ui.app().currentScreen(), tile.target);
        ASSERT_EQ(ui.tap("topbar.home"), "");
        EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    }
    // Every tile drawn on the home screen is one the app declares, and vice versa.
    std::size_t drawnTiles = 0;
    for (const auto& w : ui.app().registry().widgets()) drawnTiles += w.id.rfind("home.tile.", 0) == 0 ? 1 : 0;
    EXPECT_EQ(drawnTiles, ui.app().homeTiles().size());
}

// Screen-burn protection as it shows: the unattended display's QR code (with everything else)
// steps a few pixels every few minutes and never strays far.
TEST(ShellFlow, TheUnattendedDisplayDriftsAFewPixelsNowAndThen) {
    HeadlessUi ui;
    auto qrAt = [&] {
        for (const auto& q : ui.app().registry().qrCodes()) {
            if (q.id == "attract.qr") return q.min;
        }
        return ImVec2(-1, -1);
    };
    const ImVec2 first = qrAt();
    ASSERT_GE(first.x, 0.0f) << "the platform's QR code is on the unattended display";
    bool moved = false;
    for (int step = 0; step < 16; ++step) {
        ASSERT_EQ(ui.wait(core::kDriftStepMinutes * 60), "");
        const ImVec2 now = qrAt();
        EXPECT_LE(std::abs(now.x - first.x), 2.0f * core::kMaxDriftPx);
        EXPECT_LE(std::abs(now.y - first.y), 2.0f * core::kMaxDriftPx);
        moved = moved || now.x != first.x || now.y != first.y;
    }
    EXPECT_TRUE(moved);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
}

TEST(ShellFlow, TheSloganStripRunsOnTheUnattendedDisplayAndATouchOnItWakesTheKiosk) {
    HeadlessUi ui;
    EXPECT_TRUE(ui.showsText("阳光公开，群众监督，小微权力晒在阳光下"));
    EXPECT_TRUE(ui.showsText("扫一扫二维码，用手机随时随地监督"));
    EXPECT_TRUE(ui.app().moving()) << "the strip asks for frames at the animation rate";
    EXPECT_FALSE(ui.app().animating()) << "but a UI script does not wait for it to settle";
    // The wake target's centre, where the driver taps, lies on the strip in landscape: the strip
    // takes no touches, the screen under it does.
    ASSERT_EQ(ui.tap("attract.wake"), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    EXPECT_FALSE(ui.showsText("阳光公开，群众监督")) << "the strip belongs to the unattended display";
    EXPECT_FALSE(ui.app().moving()) << "a still screen costs nothing";
}

// Opening hours from 10 minutes before the test clock's start to 20 minutes after it.
std::string hoursAroundStart(const std::string& outside) {
    const core::LocalMoment start = core::localMoment(core::ManualClock().wallNow());
    auto hhmm = [](int minute) {
        minute = (minute + 1440) % 1440;
        char text[16];
        std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
        return std::string(text);
    };
    return "[display]\nhours = \"" + hhmm(start.minuteOfDay - 10) + "-" + hhmm(start.minuteOfDay + 20) +
           "\"\noutside_hours = \"" + outside + "\"\n";
}

TEST(ShellFlow, OutsideOpeningHoursTheDisplayGoesBlackAndATouchStillWakesIt) {
    testing::HeadlessOptions options;
    options.configText = hoursAroundStart("blank");
    HeadlessUi ui(options);
    EXPECT_TRUE(ui.showsText("阳光公开")) << "inside the hours: the strip runs";
    EXPECT_TRUE(ui.app().moving());
    ASSERT_EQ(ui.wait(30 * 60), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    EXPECT_FALSE(ui.showsText("阳光公开"));
    EXPECT_FALSE(ui.showsText("扫码用手机监督")) << "black: nothing drawn";
    EXPECT_FALSE(ui.app().moving()) << "nothing moves: the loop sleeps";
    ASSERT_EQ(ui.tap("attract.wake"), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home) << "a touch wakes the kiosk at any hour";
}

TEST(ShellFlow, OutsideOpeningHoursADimmedDisplayKeepsItsPictureAndStopsTheStrip) {
    testing::HeadlessOptions options;
    options.configText = hoursAroundStart("dim");
    HeadlessUi ui(options);
    ASSERT_EQ(ui.wait(30 * 60), "");
    EXPECT_TRUE(ui.showsText("扫码用手机监督")) << "dimmed, not gone";
    EXPECT_FALSE(ui.showsText("阳光公开")) << "the strip stands still (it is not drawn)";
    EXPECT_FALSE(ui.app().moving());
}

TEST(ShellFlow, InactivityWarnsThenOneTapExtends) {
    HeadlessUi ui;  // default: 90 s idle, then a 30 s countdown
    ASSERT_EQ(ui.tap("attract.wake"), "");
    ASSERT_EQ(ui.wait(89), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Active);
    EXPECT_FALSE(ui.showsText("您还在吗？"));
    ASSERT_EQ(ui.wait(2), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Warning);
    EXPECT_TRUE(ui.showsText("您还在吗？"));
    EXPECT_TRUE(ui.showsText("29"));  // 91 s idle: 29 s left on the countdown
    ASSERT_EQ(ui.tap("继续使用"), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Active);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    EXPECT_FALSE(ui.showsText("您还在吗？"));
    // The extension is a whole new idle period.
    ASSERT_EQ(ui.wait(80), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Active);
}

TEST(ShellFlow, ATapAnywhereOnTheWarningAlsoExtends) {
    HeadlessUi ui;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    ASSERT_EQ(ui.wait(95), "");
    ASSERT_EQ(ui.app().sessionPhase(), core::SessionPhase::Warning);
    ASSERT_EQ(ui.tap("still_there.anywhere"), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Active);
}

TEST(ShellFlow, TimeoutWipesTheSessionAndReturnsToTheUnattendedDisplay) {
    HeadlessUi ui;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    ASSERT_EQ(ui.tap("topbar.text_size"), "");
    ASSERT_EQ(ui.app().textSize(), core::TextSize::Large);
    EXPECT_TRUE(ui.showsText("字号：大"));
    ASSERT_EQ(ui.wait(90 + 29), "");
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Warning);
    EXPECT_TRUE(ui.showsText("1"));
    ASSERT_EQ(ui.wait(2), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    EXPECT_EQ(ui.app().sessionPhase(), core::SessionPhase::Stopped);
    // The wiped session's choices are gone: the next visitor starts at the standard size.
    EXPECT_EQ(ui.app().textSize(), core::TextSize::Standard);
    ASSERT_EQ(ui.tap("attract.wake"), "");
    EXPECT_TRUE(ui.showsText("字号：标准"));
    EXPECT_EQ(ui.app().fonts().textSize(), core::TextSize::Standard);
}

// The platform watches each community's use daily: every session is a visit, every screen
// opened is counted, and the counts go to disk when a session ends.
TEST(ShellFlow, VisitsAndScreensAreCountedForTheDay) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.payouts\nexpect screen payouts\n"
                     "tap topbar.home\nexpect screen home"),
              "");
    const core::DailyCounters& counts = ui.app().usage().counts();
    EXPECT_EQ(counts.visits(), 1);
    EXPECT_EQ(counts.date(), "2026-11-18") << "the kiosk clock's day";
    EXPECT_EQ(counts.visitsByScreen(),
              (std::map<std::string, int, std::less<>>{{"disclosure_hub", 1}, {"home", 2}, {"payouts", 1}}));
    ASSERT_EQ(ui.run("wait 125\nexpect screen attract\ntap attract.wake\nexpect screen home"), "");
    EXPECT_EQ(counts.visits(), 2);
    EXPECT_EQ(counts.visitsByScreen().at("home"), 3);
    EXPECT_EQ(counts.visitsByScreen().count("attract"), 0u) << "the unattended display is not a visit";
}

TEST(ShellFlow, TextSizeCyclesAndRebuildsTheFonts) {
    HeadlessUi ui;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    const float standard = ui.app().fonts().fonts().body->FontSize;
    ASSERT_EQ(ui.run("tap topbar.text_size\nexpect text 字号：大"), "");
    const float large = ui.app().fonts().fonts().body->FontSize;
    ASSERT_EQ(ui.run("tap topbar.text_size\nwait 0.5"), "");
    EXPECT_EQ(ui.app().registry().find("topbar.text_size").at(0)->label, "特大字")
        << "the narrow form where the bar is full";
    const float extraLarge = ui.app().fonts().fonts().body->FontSize;
    EXPECT_GT(large, standard * 1.2f);
    EXPECT_GT(extraLarge, standard * 1.45f);
    // The top bar's font grows half as much (1.25 at 特大), so the bar still fits.
    EXPECT_NEAR(ui.app().fonts().fonts().bar->FontSize, standard * 1.25f, 1.0f);
    ASSERT_EQ(ui.run("tap topbar.text_size\nexpect text 字号：标准"), "");
}

// The pictures on the home tiles help a slow reader most at the largest sizes, so they stay at
// every size: above the word, or beside it where the tile is short (特大 in landscape), with the
// word at 大's size there (at 特大's title size they were gone, in both orientations).
TEST(ShellFlow, EveryHomeTileKeepsItsPictureAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\nexpect screen home"), "") << where;
        const ImU32 iconColor = widgets::toImColor(widgets::theme().primary);
        int tiles = 0;
        for (const auto& w : ui.app().registry().widgets()) {
            if (w.id.rfind("home.tile.", 0) != 0) continue;
            ++tiles;
            EXPECT_GT(testing::drawnVerticesOfColor(iconColor, w.min, w.max), 20) << w.id << " " << where;
        }
        EXPECT_EQ(tiles, 6) << where;
    });
}

// A screen whose drawing throws, to check the kiosk recovers instead of dying in a public hall.
class ThrowingScreen final : public ui::Screen {
public:
    std::string_view titleKey() const override { return "home.title"; }
    void drawContent(ui::ScreenContext&) override { throw std::runtime_error("broken screen"); }
};

TEST(ShellFlow, AScreenThatFailsReturnsHomeAndRepeatedFailureExits) {
    HeadlessUi ui;
    ui.app().replaceScreenForTest(core::ScreenId::Attract, std::make_unique<ThrowingScreen>());
    ui.frame();  // fails on the attract screen: logged, back home
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    EXPECT_FALSE(ui.app().exitCode().has_value());
    ui.frame();  // home draws fine
    EXPECT_TRUE(ui.showsText("您好！请问您要办什么事？"));

    ui.app().replaceScreenForTest(core::ScreenId::Home, std::make_unique<ThrowingScreen>());
    ui.frame();
    ui.frame();
    ASSERT_TRUE(ui.app().exitCode().has_value());
    EXPECT_EQ(*ui.app().exitCode(), App::kExitRepeatedFailure);
}

TEST(ShellFlow, EnglishStringsForInspection) {
    testing::HeadlessOptions options;
    options.language = "en";
    HeadlessUi ui(options);
    EXPECT_TRUE(ui.showsText("Touch the screen to start"));
    ASSERT_EQ(ui.tap("Touch the screen to start"), "");
    EXPECT_TRUE(ui.showsText("Hello! What would you like to do?"));
}

}  // namespace
}  // namespace kiosk
