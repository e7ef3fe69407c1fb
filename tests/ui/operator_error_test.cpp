// A broken configuration or a missing font: the operator is told exactly what to fix, on screen.
#include <gtest/gtest.h>

#include "support/headless_ui.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

TEST(OperatorError, UnknownConfigKeyStopsOnTheOperatorScreenNamingKeyAndLine) {
    HeadlessOptions options;
    options.configText = "[session]\nidle_timeout_s = 90\nidle_timout = 30\n";
    HeadlessUi ui(options);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::OperatorError);
    EXPECT_TRUE(ui.showsText("本机暂停服务"));
    EXPECT_TRUE(ui.showsText("line 3"));
    EXPECT_TRUE(ui.showsText("session.idle_timout"));
    // Nothing on that screen pretends the kiosk works: no way into the resident screens.
    EXPECT_TRUE(ui.app().registry().find("topbar.home").empty());
}

TEST(OperatorError, BadValueNamesTheAllowedRange) {
    HeadlessOptions options;
    options.configText = "[session]\nwarning_countdown_s = 5\n";
    HeadlessUi ui(options);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::OperatorError);
    EXPECT_TRUE(ui.showsText("session.warning_countdown_s"));
    EXPECT_TRUE(ui.showsText("from 20 to 600"));
}

TEST(OperatorError, MissingFontNamesThePackageToInstall) {
    HeadlessOptions options;
    options.configText = "[fonts]\npath = \"/nonexistent/NotoSansCJK-Regular.ttc\"\n";
    HeadlessUi ui(options);
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::OperatorError);
    EXPECT_TRUE(ui.showsText("fonts-noto-cjk"));
    // Only ImGui's ASCII font is available: the message is in English so it can be drawn.
    EXPECT_TRUE(ui.showsText("Out of service"));
}

}  // namespace
}  // namespace kiosk
