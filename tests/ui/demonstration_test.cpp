// 全流程演示 and the coach marks of 演示模式, driven as staff and residents would: started from
// the staff menu and from 使用指南, watched to the end, paused, stopped by a touch.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "storage/pin_hash.h"
#include "support/headless_ui.h"
#include "widgets/drawn_words.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

HeadlessOptions staffKiosk() {
    HeadlessOptions options;
    options.configText = "[staff]\npin_hash = \"" + storage::hashPin("246813", 20000) + "\"\n";
    return options;
}

const char* kStaffDemo =
    "hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap staff.key.1\ntap "
    "staff.key.3\n"
    "tap staff.pin.ok\nexpect screen staff_menu\n";

// Lets the demonstration play: 100 ms of the kiosk's clock a frame (what its waits are measured
// on) while the workers (the keyboard font, the save) take their real time.
bool playUntil(HeadlessUi& ui, const std::function<bool()>& done, double maxKioskSeconds = 600) {
    for (double t = 0; t < maxKioskSeconds; t += 0.1) {
        if (done()) return true;
        ui.clock().advance(core::Seconds{0.1});
        ui.frame();
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return done();
}

// The kiosk's clock runs `seconds` with frames drawn as it goes.
void playFor(HeadlessUi& ui, double seconds) {
    playUntil(
        ui, [] { return false; }, seconds);
}

bool said(HeadlessUi& ui, const std::string& key) {
    const auto& all = ui.speech().said;
    return std::find(all.begin(), all.end(), ui.app().strings().get(key)) != all.end();
}

TEST(Demonstration, FromTheStaffMenuItFilesACaseIntoTheSandboxWithNarrationToTheEnd) {
    HeadlessUi ui(staffKiosk());
    ASSERT_TRUE(ui.app().demonstrationAvailable());
    ASSERT_EQ(ui.run(kStaffDemo), "");
    ASSERT_EQ(ui.run("tap staff.tour\nexpect screen home"), "");
    ASSERT_NE(ui.app().tour(), nullptr);
    EXPECT_TRUE(ui.app().demoMode());
    // The first narration is spoken and shown as the panel's caption.
    ASSERT_TRUE(playUntil(ui, [&] { return ui.showsText(ui.app().strings().get("tour.say.intro")); }));
    EXPECT_TRUE(said(ui, "tour.say.intro"));
    bool sawReceipt = false;
    bool sawMaskedPhone = false;
    ASSERT_TRUE(playUntil(ui,
                          [&] {
                              sawReceipt = sawReceipt || ui.showsText("已经收到，谢谢您！");
                              sawMaskedPhone = sawMaskedPhone || ui.showsText("138****8000");
                              return ui.app().tour() == nullptr;
                          }))
        << "still at step " << ui.app().tour()->stepIndex();
    ASSERT_EQ(ui.app().lastTourEnd(), TourPlayer::End::Finished);
    EXPECT_TRUE(sawMaskedPhone) << "the review shows the number masked";
    EXPECT_TRUE(sawReceipt);
    for (const char* key : {"tour.say.kind", "tour.say.contact", "tour.say.receipt", "tour.say.end"})
        EXPECT_TRUE(said(ui, key)) << key;
    // The case went to the sandbox, never to the outbox the platform reads.
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u);
    ASSERT_NE(ui.app().demoDesk(), nullptr);
    EXPECT_EQ(ui.app().demoDesk()->outbox()->depth(), 1u);
    // Staff started it: 演示模式 stays on for hands-on teaching, at home.
    EXPECT_TRUE(ui.app().demoMode());
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    // A second run files the same case again without "这个问题已有人反映": a fresh sandbox each run.
    ASSERT_EQ(ui.run("hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap "
                     "staff.key.1\ntap staff.key.3\n"
                     "tap staff.pin.ok\ntap staff.tour"),
              "");
    ASSERT_TRUE(playUntil(ui, [&] { return ui.app().tour() == nullptr; }));
    EXPECT_EQ(ui.app().lastTourEnd(), TourPlayer::End::Finished);
    EXPECT_EQ(ui.app().demoDesk()->outbox()->depth(), 1u);
}

TEST(Demonstration, PausesAndGoesOnWhereItStopped) {
    HeadlessUi ui(staffKiosk());
    ASSERT_EQ(ui.run(std::string(kStaffDemo) + "tap staff.tour"), "");
    ASSERT_TRUE(playUntil(ui, [&] { return ui.app().currentScreen() == core::ScreenId::FileCase; }));
    ASSERT_EQ(ui.run("tap tour.pause"), "");
    ASSERT_NE(ui.app().tour(), nullptr) << "a tap on the panel is not a touch that stops it";
    ASSERT_TRUE(playUntil(
        ui, [&] { return ui.app().tour()->paused(); }, 5));
    const std::size_t step = ui.app().tour()->stepIndex();
    EXPECT_TRUE(ui.showsText(ui.app().strings().get("tour.resume")));
    // Paused for a minute (less than the visit's timeout): nothing moves.
    playFor(ui, 60);
    EXPECT_EQ(ui.app().tour()->stepIndex(), step);
    const std::size_t saidBefore = ui.speech().said.size();
    ASSERT_EQ(ui.run("tap tour.resume"), "");
    EXPECT_FALSE(ui.app().tour()->paused());
    EXPECT_GT(ui.speech().said.size(), saidBefore) << "the narration again, from its start";
    ASSERT_TRUE(playUntil(ui, [&] { return ui.app().tour() == nullptr; }));
    EXPECT_EQ(ui.app().lastTourEnd(), TourPlayer::End::Finished);
}

TEST(Demonstration, ATouchOutsideThePanelStopsItAndTapsNothing) {
    HeadlessUi ui(staffKiosk());
    ASSERT_EQ(ui.run(std::string(kStaffDemo) + "tap staff.tour"), "");
    ASSERT_TRUE(playUntil(ui, [&] { return ui.app().tour() && ui.app().tour()->stepIndex() >= 2; }));
    // A resident taps a home tile while the demonstration speaks: it stops; the tile does not open.
    ASSERT_EQ(ui.run("tap home.tile.track"), "");
    EXPECT_EQ(ui.app().tour(), nullptr);
    EXPECT_EQ(ui.app().lastTourEnd(), TourPlayer::End::Touched);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Home);
    EXPECT_GT(ui.speech().stops, 0) << "the narration stops with it";
    // The next tap is an ordinary one again.
    ASSERT_EQ(ui.run("tap home.tile.track\nexpect screen track_case"), "");
}

TEST(Demonstration, FromTheGuideItIsWatchedAndLeavesNothingBehind) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.guide\nexpect screen guide"), "");
    EXPECT_TRUE(ui.showsText("在首页点“我要反映”。"));
    ASSERT_EQ(ui.run("tap guide.demo"), "");
    ASSERT_NE(ui.app().tour(), nullptr);
    EXPECT_TRUE(ui.app().demoMode()) << "a resident's demonstration files into the sandbox too";
    ASSERT_TRUE(playUntil(ui, [&] { return ui.app().tour() == nullptr; }));
    EXPECT_EQ(ui.app().lastTourEnd(), TourPlayer::End::Finished);
    // Back where the resident asked for it, out of 演示模式: the next case is a real one.
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Guide);
    EXPECT_FALSE(ui.app().demoMode());
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u);
    EXPECT_FALSE(ui.app().caseSession().flow.has_value());
}

TEST(Guide, ATopicIsReadAloudWhenChosenAndAgainWithListen) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.guide\nexpect screen guide"), "");
    ASSERT_EQ(ui.tap("guide.topic.guide-track"), "");
    EXPECT_TRUE(ui.showsText("输入提交时给您的 10 位查询码。"));
    ASSERT_FALSE(ui.speech().said.empty());
    const std::string spoken = ui.speech().said.back();
    EXPECT_EQ(spoken.rfind("查询进度。第1步，在首页点“查询进度”。", 0), 0u) << spoken;
    EXPECT_NE(spoken.find("第2步，输入提交时给您的 10 位查询码。"), std::string::npos) << spoken;
    EXPECT_TRUE(ui.app().registry().find("guide.demo").empty()) << "only the filing topic offers the demonstration";
    const std::size_t before = ui.speech().said.size();
    ASSERT_EQ(ui.tap("guide.listen"), "");
    ASSERT_EQ(ui.speech().said.size(), before + 1);
    EXPECT_EQ(ui.speech().said.back(), spoken);
}

TEST(Demonstration, StaffDemonstratingByHandSeeTheNextTapRingedWithAShortSpokenHint) {
    HeadlessUi ui(staffKiosk());
    ASSERT_EQ(ui.run(std::string(kStaffDemo) + "tap staff.demo\nexpect screen home"), "");
    const core::StringTable& s = ui.app().strings();
    EXPECT_TRUE(ui.showsText(s.get("tour.hint.home"))) << "the hint stands beside the ring";
    ASSERT_FALSE(ui.speech().said.empty());
    EXPECT_EQ(ui.speech().said.back(), s.get("tour.hint.home"));
    ASSERT_EQ(ui.run("tap home.tile.case"), "");
    EXPECT_TRUE(ui.showsText(s.get("tour.hint.kind")));
    EXPECT_EQ(ui.speech().said.back(), s.get("tour.hint.kind"));
    // The resident goes back home: the ring is on 我要反映 again, and says so again.
    ASSERT_EQ(ui.run("tap topbar.back\nexpect screen home"), "");
    EXPECT_TRUE(ui.showsText(s.get("tour.hint.home")));
    EXPECT_EQ(ui.speech().said.back(), s.get("tour.hint.home"));
    // Out of 演示模式 there are no rings.
    ASSERT_EQ(ui.run("wait 200\nexpect screen attract\ntap attract.wake"), "");
    EXPECT_FALSE(ui.showsText(s.get("tour.hint.home")));
}

// The hint's tag stands by the ring without covering any of the screen's words (a tag over the
// title hid "您好！请") or another button, on screen under the top bar, at every text size in both orientations: on
// the home screen (the ring on 我要反映) and on the first step (the ring on a kind's card).
TEST(Demonstration, TheHintsTagCoversNoWordsAtAnySize) {
    for (const char* size : {"standard", "large", "extra_large"}) {
        for (const bool portrait : {false, true}) {
            HeadlessOptions options = staffKiosk();
            if (portrait) std::swap(options.width, options.height);
            options.configText += std::string("[ui]\ntext_size = \"") + size + "\"\n";
            HeadlessUi ui(options);
            const std::string where = std::string(size) + (portrait ? " portrait" : " landscape");
            auto expectTagClear = [&](const std::string& screen, const std::string& ringed) {
                const auto& overlays = ui.app().registry().overlays();
                const auto tag = std::find_if(overlays.begin(), overlays.end(),
                                              [](const auto& o) { return o.id == "tour.coach_tag"; });
                ASSERT_NE(tag, overlays.end()) << where << " " << screen;
                EXPECT_FALSE(widgets::wordsDrawnIn(tag->min, tag->max)) << where << " " << screen;
                // Nor over another button (it sat on 扫码 and 公开查询 with the ring on 我要反映).
                for (const auto& w : ui.app().registry().widgets()) {
                    if (w.id == ringed) continue;
                    const bool overlaps =
                        w.min.x < tag->max.x && tag->min.x < w.max.x && w.min.y < tag->max.y && tag->min.y < w.max.y;
                    EXPECT_FALSE(overlaps) << where << " " << screen << ": over " << w.id;
                }
                EXPECT_GE(tag->min.x, 0.0f) << where << " " << screen;
                EXPECT_LE(tag->max.x, options.width) << where << " " << screen;
                EXPECT_LE(tag->max.y, options.height) << where << " " << screen;
            };
            ASSERT_EQ(ui.run(std::string(kStaffDemo) + "tap staff.demo\nexpect screen home"), "") << where;
            expectTagClear("home", "home.tile.case");
            ASSERT_EQ(ui.run("tap home.tile.case\nexpect screen file_case"), "") << where;
            expectTagClear("kind", "case.kind.complaint");
        }
    }
}

}  // namespace
}  // namespace kiosk
