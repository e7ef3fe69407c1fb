// The kiosk's QR codes as a phone sees them — the receipt's first: the render tour's screenshots (real GL, Xvfb) read
// by ZXing's reader must give the case's tracking link, in both orientations.
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>
#include <stb_image.h>

#include <string>
#include <vector>

#include "core/tracking_link.h"

namespace kiosk {
namespace {

// What ZXing reads in a PNG screenshot (gray), or "" when it reads nothing.
std::string readQr(const std::string& path) {
    int w = 0;
    int h = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &w, &h, &channels, 1);  // as gray
    if (!pixels) return "<cannot load " + path + ">";
    const ZXing::Result r = ZXing::ReadBarcode({pixels, w, h, ZXing::ImageFormat::Lum},
                                               ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    stbi_image_free(pixels);
    return r.isValid() ? r.text() : std::string();
}

class ReceiptQr : public ::testing::TestWithParam<std::string> {};

TEST_P(ReceiptQr, TheScreenshotReadsAsTheCasesTrackingLink) {
    const std::string path = std::string(KIOSK_SCREENSHOT_DIR) + "/" + GetParam();
    const std::string text = readQr(path);
    ASSERT_FALSE(text.empty()) << "no QR code read in " << path;
    // The default template of config/kiosk.toml, with a 10-digit code whose check digit is right.
    EXPECT_TRUE(core::codeFromTrackingLink("https://jdydt.example.cn/t/{code}", text).has_value()) << text;
}

INSTANTIATE_TEST_SUITE_P(BothOrientations, ReceiptQr,
                         ::testing::Values("case-1920x1080/09_receipt.png", "case-1920x1080/13_receipt_anonymous.png",
                                           "case-1080x1920/09_receipt.png", "case-1080x1920/13_receipt_anonymous.png"));

// The kiosk's other codes for phones: the unattended display's (the platform's home) and the
// notice reader's (that notice's page), read back in both orientations.
struct PrintedQr {
    const char* shot;
    const char* prefix;  // what the text must start with
};

class PlatformQr : public ::testing::TestWithParam<PrintedQr> {};

TEST_P(PlatformQr, TheScreenshotReadsAsThePlatformsPage) {
    const std::string path = std::string(KIOSK_SCREENSHOT_DIR) + "/" + GetParam().shot;
    const std::string text = readQr(path);
    ASSERT_FALSE(text.empty()) << "no QR code read in " << path;
    EXPECT_EQ(text.rfind(GetParam().prefix, 0), 0u) << text;
}

INSTANTIATE_TEST_SUITE_P(
    BothOrientations, PlatformQr,
    ::testing::Values(PrintedQr{"shell-1920x1080/01_attract.png", "https://jdydt.example.cn/"},
                      PrintedQr{"shell-1080x1920/01_attract.png", "https://jdydt.example.cn/"},
                      PrintedQr{"disclosures-1920x1080/11_notice_reader.png", "https://jdydt.example.cn/n/"},
                      PrintedQr{"disclosures-1080x1920/11_notice_reader.png", "https://jdydt.example.cn/n/"}));

}  // namespace
}  // namespace kiosk
