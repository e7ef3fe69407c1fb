// The QR cascade's image preparations (core/qr_image_prep) on small images worked by hand.
#include "core/qr_image_prep.h"

#include <gtest/gtest.h>

#include <vector>

namespace kiosk::core {
namespace {

TEST(QrImagePrep, ContrastStretchMapsTheFramesOwnRangeToFullBlackAndWhite) {
    // A dim, washed-out image: 100 pixels from 100 to 149, two of them outliers (0 and 255).
    std::vector<std::uint8_t> image(100);
    for (std::size_t i = 0; i < image.size(); ++i) image[i] = static_cast<std::uint8_t>(100 + i / 2);
    image[0] = 0;
    image[99] = 255;
    std::vector<std::uint8_t> out;
    contrastStretch({image.data(), 10, 10, 10, 1}, false, out);
    ASSERT_EQ(out.size(), image.size());
    EXPECT_EQ(out[0], 0);
    EXPECT_EQ(out[99], 255);
    EXPECT_EQ(out[1], 0) << "the darkest percent (past one outlier) is black: 100";
    EXPECT_EQ(out[98], 255) << "the brightest percent is white: 149";
    EXPECT_EQ(out[2], 5) << "101 of 100..149 stretched to 0..255";
    EXPECT_NEAR(out[50], 127, 8) << "the middle stays in the middle";
    std::vector<std::uint8_t> inverted;
    contrastStretch({image.data(), 10, 10, 10, 1}, true, inverted);
    for (std::size_t i = 0; i < out.size(); ++i) EXPECT_EQ(inverted[i], 255 - out[i]);
}

TEST(QrImagePrep, ALocalThresholdFollowsAShadowsEdge) {
    // Two dark modules (value 20 in light, 8 in shadow) on paper that is 200 in light and 60 in
    // shadow: one global threshold cannot tell shadowed paper (60) from lit ink (20) and both.
    const int w = 40, h = 10;
    std::vector<std::uint8_t> image(w * h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const bool shadow = x >= 20;
            const bool ink = (x >= 8 && x < 12) || (x >= 28 && x < 32);
            image[static_cast<std::size_t>(y) * w + static_cast<std::size_t>(x)] =
                ink ? (shadow ? 8 : 20) : (shadow ? 60 : 200);
        }
    }
    std::vector<std::uint8_t> out;
    localMeanThreshold({image.data(), w, h, w, 1}, 4, 0, out);
    const auto at = [&](int x) { return out[std::size_t{5} * w + static_cast<std::size_t>(x)]; };
    EXPECT_EQ(at(10), 0) << "ink in the light";
    EXPECT_EQ(at(30), 0) << "ink in the shadow";
    EXPECT_EQ(at(4), 255) << "paper in the light";
    EXPECT_EQ(at(36), 255) << "paper in the shadow";
}

TEST(QrImagePrep, BothReadAStridedView) {
    // A YUYV row: luma at every other byte, chroma (which must be ignored) between.
    const int w = 16, h = 4;
    std::vector<std::uint8_t> yuyv(static_cast<std::size_t>(w * h * 2), 250);
    std::vector<std::uint8_t> packed(static_cast<std::size_t>(w * h));
    for (int i = 0; i < w * h; ++i) {
        const auto luma = static_cast<std::uint8_t>((i % w) < w / 2 ? 30 : 180);
        yuyv[static_cast<std::size_t>(i) * 2] = luma;
        packed[static_cast<std::size_t>(i)] = luma;
    }
    std::vector<std::uint8_t> fromStrided, fromPacked;
    contrastStretch({yuyv.data(), w, h, w * 2, 2}, false, fromStrided);
    contrastStretch({packed.data(), w, h, w, 1}, false, fromPacked);
    EXPECT_EQ(fromStrided, fromPacked);
    localMeanThreshold({yuyv.data(), w, h, w * 2, 2}, 3, 0, fromStrided);
    localMeanThreshold({packed.data(), w, h, w, 1}, 3, 0, fromPacked);
    EXPECT_EQ(fromStrided, fromPacked);
}

}  // namespace
}  // namespace kiosk::core
