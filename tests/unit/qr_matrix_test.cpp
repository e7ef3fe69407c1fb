#include "core/qr_matrix.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

#include <string>

namespace kiosk::core {
namespace {

// The matrix as a gray picture (dark modules black on white, 4-module quiet zone), read back by
// ZXing's reader as a phone would.
std::string readBack(const QrMatrix& m, int scale = 4) {
    const int side = (m.size + 8) * scale;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(side) * side, 255);
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size; ++x) {
            if (!m.at(x, y)) continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx) {
                    pixels[static_cast<std::size_t>((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0;
                }
            }
        }
    }
    const ZXing::Result r = ZXing::ReadBarcode({pixels.data(), side, side, ZXing::ImageFormat::Lum},
                                               ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return r.isValid() ? r.text() : std::string("<nothing read>");
}

TEST(QrMatrix, AReceiptLinkReadsBack) {
    const std::string link = "https://jdydt.example.cn/t/2026110267";
    const auto m = encodeQr(link);
    ASSERT_TRUE(m.has_value());
    EXPECT_GE(m->size, 21);
    EXPECT_EQ(m->dark.size(), static_cast<std::size_t>(m->size * m->size));
    EXPECT_EQ(readBack(*m), link);
}

TEST(QrMatrix, ChineseTextReadsBackAsUtf8) {
    const std::string text = "监督一点通：扫码用手机监督";
    const auto m = encodeQr(text);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(readBack(*m), text);
}

TEST(QrMatrix, NothingForEmptyOrOversizedText) {
    EXPECT_FALSE(encodeQr(""));
    EXPECT_FALSE(encodeQr(std::string(8000, 'a')));  // more than a version-40 code holds
}

}  // namespace
}  // namespace kiosk::core
