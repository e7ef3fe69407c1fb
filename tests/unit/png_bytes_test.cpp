// A screenshot as PNG bytes: what goes to the platform decodes to the screen's pixels, and one too
// big for the platform's cap is sent halved (not dropped) until it fits.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdint>
#include <random>
#include <vector>

#include "storage/png_bytes.h"

namespace kiosk::storage {
namespace {

struct Decoded {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;
};

Decoded decode(const std::string& png) {
    Decoded d;
    int channels = 0;
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                  static_cast<int>(png.size()), &d.width, &d.height, &channels, 3);
    if (pixels)
        d.rgb.assign(pixels, pixels + static_cast<std::size_t>(d.width) * static_cast<std::size_t>(d.height) * 3);
    stbi_image_free(pixels);
    return d;
}

TEST(PngBytes, ThePictureDecodesToTheScreensPixels) {
    std::vector<std::uint8_t> rgba(64 * 32 * 4, 255);
    for (int x = 0; x < 64; ++x) rgba[(10 * 64 + x) * 4] = 0;  // a cyan line on row 10
    const Decoded d = decode(pngBytes(64, 32, rgba, 1 << 20));
    ASSERT_EQ(d.width, 64);
    ASSERT_EQ(d.height, 32);
    EXPECT_EQ(d.rgb[(10 * 64 + 5) * 3], 0);
    EXPECT_EQ(d.rgb[(10 * 64 + 5) * 3 + 1], 255);
    EXPECT_EQ(d.rgb[(11 * 64 + 5) * 3], 255);
}

TEST(PngBytes, APictureOverTheCapIsHalvedUntilItFits) {
    // Noise does not compress: 400×300 of it is about 360 KB as PNG.
    std::mt19937 random(7);
    std::vector<std::uint8_t> rgba(400 * 300 * 4);
    for (auto& byte : rgba) byte = static_cast<std::uint8_t>(random());
    const std::string png = pngBytes(400, 300, rgba, 120 * 1024);
    ASSERT_FALSE(png.empty());
    EXPECT_LE(png.size(), 120u * 1024);
    const Decoded d = decode(png);
    EXPECT_TRUE(d.width == 200 || d.width == 100 || d.width == 50) << "halved: " << d.width;
    EXPECT_EQ(d.width * 3, d.height * 4) << "its shape kept";
    EXPECT_EQ(decode(pngBytes(400, 300, rgba, 1 << 20)).width, 400) << "under the cap: whole";
    EXPECT_TRUE(pngBytes(400, 300, rgba, 10).empty()) << "never fits: nothing, rather than a broken picture";
    EXPECT_TRUE(pngBytes(400, 300, std::vector<std::uint8_t>(10), 1 << 20).empty()) << "pixels of another size";
}

}  // namespace
}  // namespace kiosk::storage
