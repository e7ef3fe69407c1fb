// 字号、颜色和音量 driven as a resident would: open it from the top bar, tap the choices, see and
// hear the effect at once, leave, and find everything back to normal for the next person.
#include <gtest/gtest.h>

#include <cmath>

#include "core/speech_volume.h"
#include "support/headless_ui.h"
#include "widgets/color_theme.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

bool clearColorIs(App& app, std::uint32_t rgb) {
    const ImVec4 c = app.clearColor();
    const auto channel = [](float v) { return static_cast<std::uint32_t>(std::lround(v * 255.0f)); };
    return ((channel(c.x) << 16) | (channel(c.y) << 8) | channel(c.z)) == rgb;
}

TEST(DisplaySettings, TheTopBarOpensThePageAndDoneGoesBackToWhereTheResidentWas) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\ntap practice.kbd.key.a"), "");
    ASSERT_EQ(ui.tap("颜色音量"), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::DisplaySettings);
    EXPECT_TRUE(ui.showsText("字号、颜色和音量"));
    ASSERT_EQ(ui.tap("display.done"), "");
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::TypingPractice);
    ASSERT_NE(ui.app().textEntry("practice"), nullptr);
    EXPECT_EQ(ui.app().textEntry("practice")->composing(), "a") << "what was being typed is still there";
}

TEST(DisplaySettings, WhiteOnBlackRecoloursEveryScreenAtOnce) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display"), "");
    EXPECT_TRUE(clearColorIs(ui.app(), widgets::kStandardTheme.background));
    ASSERT_EQ(ui.tap("黑底白字"), "");
    EXPECT_EQ(ui.app().colorScheme(), core::ColorScheme::HighContrast);
    EXPECT_TRUE(clearColorIs(ui.app(), widgets::kHighContrastTheme.background));
    EXPECT_TRUE(ui.showsText("✓ 黑底白字")) << "the chosen colours are marked, not only coloured";
    ASSERT_EQ(ui.run("tap topbar.home\nexpect screen home"), "");
    EXPECT_TRUE(clearColorIs(ui.app(), widgets::kHighContrastTheme.background)) << "it lasts across screens";
    ASSERT_EQ(ui.run("tap topbar.display\ntap 标准颜色"), "");
    EXPECT_TRUE(clearColorIs(ui.app(), widgets::kStandardTheme.background));
}

TEST(DisplaySettings, ANewVolumeIsSetAndHeardAtOnce) {
    HeadlessUi ui;
    EXPECT_EQ(ui.speech().volume, core::speechVolumePercent(core::SpeechVolume::Medium)) << "set at start";
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display\ntap 大声"), "");
    EXPECT_EQ(ui.app().speechVolume(), core::SpeechVolume::High);
    EXPECT_EQ(ui.speech().volume, core::speechVolumePercent(core::SpeechVolume::High));
    ASSERT_FALSE(ui.speech().said.empty());
    EXPECT_EQ(ui.speech().said.back(), "现在朗读的声音是这么大。");
    ASSERT_EQ(ui.tap("小声"), "");
    EXPECT_EQ(ui.speech().volume, core::speechVolumePercent(core::SpeechVolume::Low));
}

TEST(DisplaySettings, TextSizeChipsMatchTheTopBarButton) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display\ntap 特大"), "");
    EXPECT_EQ(ui.app().textSize(), core::TextSize::ExtraLarge);
    ASSERT_EQ(ui.run("wait 0.5\nexpect text ✓ 特大"), "");
    EXPECT_EQ(ui.app().registry().find("topbar.text_size").at(0)->label, "特大字");
    ASSERT_EQ(ui.tap("topbar.text_size"), "");  // the top bar keeps cycling from there
    EXPECT_EQ(ui.app().textSize(), core::TextSize::Standard);
}

TEST(DisplaySettings, EverythingGoesBackToTheConfiguredDefaultsWhenTheSessionEnds) {
    HeadlessOptions options;
    options.configText = "[speech]\nvolume = \"high\"\n[ui]\ncolors = \"high_contrast\"\n";
    HeadlessUi ui(options);
    const int configured = core::speechVolumePercent(core::SpeechVolume::High);
    EXPECT_EQ(ui.speech().volume, configured);
    EXPECT_EQ(ui.app().colorScheme(), core::ColorScheme::HighContrast);
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display\ntap 小声\ntap 标准颜色\ntap 大"), "");
    EXPECT_EQ(ui.speech().volume, core::speechVolumePercent(core::SpeechVolume::Low));
    ASSERT_EQ(ui.wait(125), "");  // idle, the countdown, then the wipe
    ASSERT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    EXPECT_EQ(ui.app().speechVolume(), core::SpeechVolume::High);
    EXPECT_EQ(ui.speech().volume, configured) << "the next resident hears the hall's level, not the last choice";
    EXPECT_EQ(ui.app().colorScheme(), core::ColorScheme::HighContrast);
    EXPECT_EQ(ui.app().textSize(), core::TextSize::Standard);
    EXPECT_TRUE(clearColorIs(ui.app(), widgets::kHighContrastTheme.attractBackground));
}

TEST(DisplaySettings, ReadAloudReadsTheTitleTheChoicesAndTheWayBack) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display\ntap topbar.read_aloud"), "");
    ASSERT_FALSE(ui.speech().said.empty());
    const std::string& said = ui.speech().said.back();
    EXPECT_EQ(said.rfind("字号、颜色和音量", 0), 0u) << said;
    for (const char* part : {"字的大小", "黑底白字", "朗读的声音", "大声", "好了，返回"}) {
        EXPECT_NE(said.find(part), std::string::npos) << part << " in: " << said;
    }
    EXPECT_LT(said.find("大声"), said.find("好了，返回")) << "the way back comes last";
}

}  // namespace
}  // namespace kiosk
