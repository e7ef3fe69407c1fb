#include "core/rgba_image.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(RgbaImage, HalvingAveragesEachTwoByTwoBlock) {
    // 5x3: the odd column and row are dropped; the result is 2x1.
    std::vector<std::uint8_t> rgba(5 * 3 * 4, 0);
    auto px = [&](int x, int y) { return &rgba[(static_cast<std::size_t>(y) * 5 + x) * 4]; };
    // First block: red 0, 100, 200, 100 -> 100; alpha all 255.
    const int reds[4] = {0, 100, 200, 100};
    const int at[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (int i = 0; i < 4; ++i) {
        px(at[i][0], at[i][1])[0] = static_cast<std::uint8_t>(reds[i]);
        px(at[i][0], at[i][1])[3] = 255;
    }
    // Second block: green 10 everywhere, and one blue 3 (rounds to 1).
    for (int i = 0; i < 4; ++i) px(2 + at[i][0], at[i][1])[1] = 10;
    px(3, 1)[2] = 3;
    px(4, 2)[0] = 255;  // outside every block
    std::vector<std::uint8_t> out;
    halveRgba(rgba.data(), 5, 3, out);
    ASSERT_EQ(out.size(), 2u * 1u * 4u);
    EXPECT_EQ(out[0], 100);
    EXPECT_EQ(out[3], 255);
    EXPECT_EQ(out[4], 0);
    EXPECT_EQ(out[5], 10);
    EXPECT_EQ(out[6], 1);
}

}  // namespace
}  // namespace kiosk::core
