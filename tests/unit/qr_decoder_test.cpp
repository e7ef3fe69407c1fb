// The QR decoder on the generated camera corpus (tests/support/qr_corpus): every frame it must
// read is read, no frame ever gives wrong text, frames with no code give nothing; and the camera
// scanner's pass schedule and dedupe. KIOSK_QR_CORPUS_DIR=dir writes the frames as PNG to look at.
#include "core/qr_decoder.h"

#include <gtest/gtest.h>
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "support/qr_corpus.h"

namespace kiosk {
namespace {

core::GrayView viewOf(const testing::QrFrame& f) {
    return {f.pixels.data(), testing::kFrameWidth, testing::kFrameHeight, testing::kFrameWidth, 1};
}

TEST(QrDecoder, ReadsTheCorpusAndNeverReadsWrongTextOrAGhost) {
    const auto corpus = testing::makeQrCorpus();
    const char* dumpDir = std::getenv("KIOSK_QR_CORPUS_DIR");
    int hardRead = 0;
    int hard = 0;
    for (const auto& frame : corpus) {
        SCOPED_TRACE(frame.name);
        if (dumpDir) {
            std::filesystem::create_directories(dumpDir);
            stbi_write_png((std::filesystem::path(dumpDir) / (frame.name + ".png")).c_str(), testing::kFrameWidth,
                           testing::kFrameHeight, 1, frame.pixels.data(), testing::kFrameWidth);
        }
        const auto text = core::decodeQr(viewOf(frame));
        if (frame.expected.empty()) {
            EXPECT_FALSE(text.has_value()) << "a ghost: " << *text;
            continue;
        }
        if (text) {
            EXPECT_EQ(*text, frame.expected) << "wrong text is worse than none";
        }
        if (frame.mustRead) {
            EXPECT_TRUE(text.has_value()) << "not read";
        } else {
            ++hard;
            hardRead += text ? 1 : 0;
        }
    }
    std::printf("hard cases read: %d of %d\n", hardRead, hard);
}

TEST(QrDecoder, TheScannerFindsACodeWithinOneRoundOfPassesAndReportsItOnce) {
    const auto corpus = testing::makeQrCorpus();
    const auto find = [&](const std::string& name) -> const testing::QrFrame& {
        return *std::find_if(corpus.begin(), corpus.end(), [&](const auto& f) { return f.name == name; });
    };
    for (const char* name : {"plain", "phone_dark_mode", "blur_2"}) {
        SCOPED_TRACE(name);
        core::QrScanner scanner;
        core::SteadyTime now{};
        int found = 0;
        for (int i = 0; i < 6; ++i) {  // one round: contrast x3, with the other three passes between
            now += std::chrono::milliseconds(100);
            if (auto text = scanner.scan(viewOf(find(name)), now)) {
                EXPECT_EQ(*text, find(name).expected);
                ++found;
            }
        }
        EXPECT_EQ(found, 1) << "held up for a while, it opens its screen once";
    }
    // Out of view for longer than 3 s, the same code counts again.
    core::QrScanner scanner;
    core::SteadyTime now{};
    ASSERT_TRUE(scanner.scan(viewOf(find("plain")), now).has_value());
    now += std::chrono::seconds(1);
    EXPECT_FALSE(scanner.scan(viewOf(find("empty_0")), now).has_value());
    now += std::chrono::seconds(1);
    EXPECT_FALSE(scanner.scan(viewOf(find("plain")), now).has_value()) << "seen 1 s ago: the same showing";
    now += std::chrono::seconds(4);
    for (int i = 0; i < 2 && !scanner.scan(viewOf(find("plain")), now).has_value(); ++i) {
        ASSERT_LT(i, 1) << "shown again after 4 s: reported again";
    }
}

// ZXing 1.4 has no invert option: a phone in dark mode is read only by the inverted pass.
TEST(QrDecoder, ALightOnDarkCodeNeedsTheInvertedPass) {
    const auto corpus = testing::makeQrCorpus();
    const auto dark =
        std::find_if(corpus.begin(), corpus.end(), [](const auto& f) { return f.name == "phone_dark_mode"; });
    ASSERT_NE(dark, corpus.end());
    std::vector<std::uint8_t> scratch;
    EXPECT_FALSE(core::decodeQrPass(viewOf(*dark), core::QrPass::Contrast, scratch).has_value());
    const auto text = core::decodeQrPass(viewOf(*dark), core::QrPass::ContrastInverted, scratch);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, dark->expected);
}

TEST(QrDecoder, TheCameraScannerTakesEveryPassOfTheCascadeInOneRound) {
    core::QrScanner scanner;
    const std::vector<std::uint8_t> gray(64 * 64, 128);
    std::vector<core::QrPass> round;
    for (int i = 0; i < 6; ++i) {
        round.push_back(scanner.nextPass());
        scanner.scan({gray.data(), 64, 64, 64, 1}, core::SteadyTime{} + std::chrono::milliseconds(100 * i));
    }
    for (core::QrPass pass : core::kQrCascade) {
        EXPECT_NE(std::find(round.begin(), round.end(), pass), round.end()) << core::qrPassName(pass);
    }
    EXPECT_EQ(std::count(round.begin(), round.end(), core::QrPass::Contrast), 3) << "every other frame";
}

TEST(QrDecoder, AYuyvFramesLumaPlaneIsReadInPlace) {
    const auto corpus = testing::makeQrCorpus();
    const testing::QrFrame& plain = corpus.front();
    std::vector<std::uint8_t> yuyv(plain.pixels.size() * 2, 128);
    for (std::size_t i = 0; i < plain.pixels.size(); ++i) yuyv[i * 2] = plain.pixels[i];
    const core::GrayView luma{yuyv.data(), testing::kFrameWidth, testing::kFrameHeight, testing::kFrameWidth * 2, 2};
    const auto text = core::decodeQr(luma);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, plain.expected);
}

}  // namespace
}  // namespace kiosk
