// The keyboards' GB2312 font: built off the UI thread, never waited for, rebuilt when the text
// size changes mid-build, and a failed build is not retried every frame.
#include "ui/input_font.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <thread>

#include "config/kiosk_config.h"
#include "ui/font_atlas_builder.h"

namespace kiosk::ui {
namespace {

// Polls as the frame loop does, until the font settles (or 20 s pass).
void settle(InputFont& font) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        font.installIfReady();
        if (font.settled() && !font.building()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

TEST(InputFont, ATextSizeChangeDuringTheBuildEndsWithTheNewSize) {
    HeadlessFontTexture texture;
    const config::KioskConfig defaults{};
    InputFont font(defaults.fonts.path, defaults.fonts.faceIndex, texture, nullptr);
    font.request({}, core::TextSize::Standard);
    const auto before = std::chrono::steady_clock::now();
    font.request({}, core::TextSize::ExtraLarge);  // while the first build runs
    EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::milliseconds(50)) << "request waited";
    settle(font);
    ASSERT_NE(font.font(), nullptr);
    EXPECT_FLOAT_EQ(font.font()->FontSize,
                    std::round(kBodyGlyphPx * core::textScale(core::TextSize::ExtraLarge) * kNotoCjkGlyphToPixelSize));
    // Characters no kiosk text has (none were passed in): they come from GB2312.
    EXPECT_NE(font.font()->FindGlyphNoFallback(0x9F9F), nullptr);  // 龟
    EXPECT_NE(font.font()->FindGlyphNoFallback(0x7F9A), nullptr);  // 羚
    font.release();
    EXPECT_EQ(font.font(), nullptr);
}

TEST(InputFont, AFailedBuildIsNotRetriedEveryFrame) {
    HeadlessFontTexture texture;
    InputFont font("/nonexistent/font.ttc", 0, texture, nullptr);
    font.request({}, core::TextSize::Standard);
    settle(font);
    EXPECT_TRUE(font.settled());  // the keyboards go on with the main font
    EXPECT_EQ(font.font(), nullptr);
    font.request({}, core::TextSize::Standard);  // the next frame asks again
    EXPECT_FALSE(font.building());
}

}  // namespace
}  // namespace kiosk::ui
