#include "core/contrast.h"

#include <gtest/gtest.h>

#include "widgets/color_theme.h"

namespace kiosk::core {
namespace {

using widgets::ColorTheme;

struct NamedTheme {
    const char* name;
    const ColorTheme& theme;
};
const NamedTheme kThemes[] = {{"standard", widgets::kStandardTheme}, {"high contrast", widgets::kHighContrastTheme}};

TEST(Contrast, KnownValues) {
    EXPECT_NEAR(contrastRatio(rgbFromHex(0x000000), rgbFromHex(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(rgbFromHex(0x777777), rgbFromHex(0xFFFFFF)), 4.48, 0.01);
    EXPECT_DOUBLE_EQ(contrastRatio(rgbFromHex(0x123456), rgbFromHex(0x123456)), 1.0);
}

TEST(Contrast, EveryTextColourOfBothThemesIsAtLeastSevenToOne) {
    for (const auto& [name, theme] : kThemes) {
        for (const auto& [text, background] : widgets::kTextPairs) {
            EXPECT_GE(contrastRatio(rgbFromHex(theme.*text), rgbFromHex(theme.*background)), 7.0)
                << name << std::hex << ": text " << theme.*text << " on " << theme.*background;
        }
    }
}

TEST(Contrast, ButtonEdgesOfBothThemesAreAtLeastThreeToOne) {
    for (const auto& [name, theme] : kThemes) {
        for (const auto& [edge, background] : widgets::kEdgePairs) {
            EXPECT_GE(contrastRatio(rgbFromHex(theme.*edge), rgbFromHex(theme.*background)), 3.0)
                << name << std::hex << ": edge " << theme.*edge << " on " << theme.*background;
        }
    }
}

TEST(Contrast, HighContrastThemeIsStrongerThanTheStandardOne) {
    // The switch must make a difference a low-vision reader can see: body text goes to the maximum.
    const auto ratio = [](const ColorTheme& t) { return contrastRatio(rgbFromHex(t.text), rgbFromHex(t.background)); };
    EXPECT_GT(ratio(widgets::kHighContrastTheme), ratio(widgets::kStandardTheme));
    EXPECT_GE(ratio(widgets::kHighContrastTheme), 20.0);
}

}  // namespace
}  // namespace kiosk::core
