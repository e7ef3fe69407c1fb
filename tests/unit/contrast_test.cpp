#include "core/contrast.h"

#include <gtest/gtest.h>

#include "widgets/palette.h"

namespace kiosk::core {
namespace {

TEST(Contrast, KnownValues) {
    EXPECT_NEAR(contrastRatio(rgbFromHex(0x000000), rgbFromHex(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(rgbFromHex(0x777777), rgbFromHex(0xFFFFFF)), 4.48, 0.01);
    EXPECT_DOUBLE_EQ(contrastRatio(rgbFromHex(0x123456), rgbFromHex(0x123456)), 1.0);
}

TEST(Contrast, EveryTextColourOfTheThemeIsAtLeastSevenToOne) {
    for (const auto& [text, background] : widgets::palette::kTextPairs) {
        EXPECT_GE(contrastRatio(rgbFromHex(text), rgbFromHex(background)), 7.0)
            << std::hex << "text " << text << " on " << background;
    }
}

}  // namespace
}  // namespace kiosk::core
