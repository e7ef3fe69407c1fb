// The QR cascade on the hall corpus (tests/support/qr_hall_corpus: 300 coded frames spoiled as a
// hall's camera spoils them, 40 without a code): at least 95 % read, never a wrong text, never a
// text from a frame with no code — and every pass of the cascade reads frames the passes before
// it missed (a pass that reads nothing new only costs time). KIOSK_QR_CORPUS_DIR=dir writes the
// frames the cascade misses as PNG, to look at.
#include <gtest/gtest.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/qr_decoder.h"
#include "support/qr_hall_corpus.h"

namespace kiosk {
namespace {

TEST(QrHallCorpus, TheCascadeReadsNinetyFivePercentAndNeverAWrongTextOrAGhost) {
    const char* dumpDir = std::getenv("KIOSK_QR_CORPUS_DIR");
    std::map<std::string, int> readByKind;
    std::map<core::QrPass, int> firstReadBy;
    int read = 0;
    std::vector<std::uint8_t> scratch;
    for (int i = 0; i < testing::kHallCorpusSize; ++i) {
        const testing::QrFrame frame = testing::makeHallFrame(i);
        SCOPED_TRACE(frame.name);
        const core::GrayView view{frame.pixels.data(), testing::kFrameWidth, testing::kFrameHeight,
                                  testing::kFrameWidth, 1};
        std::optional<std::string> text;
        for (core::QrPass pass : core::kQrCascade) {
            text = core::decodeQrPass(view, pass, scratch);
            if (!text) continue;
            ++firstReadBy[pass];
            break;
        }
        EXPECT_EQ(text, core::decodeQr(view)) << "decodeQr is the cascade in this order";
        if (frame.expected.empty()) {
            EXPECT_FALSE(text.has_value()) << "a ghost: " << *text;
            continue;
        }
        if (text) {
            EXPECT_EQ(*text, frame.expected) << "wrong text is worse than none";
            ++read;
            ++readByKind[testing::hallFrameKind(i)];
        } else if (dumpDir) {
            std::filesystem::create_directories(dumpDir);
            stbi_write_png((std::filesystem::path(dumpDir) / (frame.name + ".png")).c_str(), testing::kFrameWidth,
                           testing::kFrameHeight, 1, frame.pixels.data(), testing::kFrameWidth);
        }
    }
    for (const auto& [kind, count] : readByKind) std::printf("%-13s %d read\n", kind.c_str(), count);
    std::printf("read %d of %d coded frames\n", read, testing::kHallCodedFrames);
    EXPECT_GE(read * 100, testing::kHallCodedFrames * 95);
    for (core::QrPass pass : core::kQrCascade) {
        EXPECT_GT(firstReadBy[pass], 0) << core::qrPassName(pass) << " reads nothing the passes before it missed";
    }
}

}  // namespace
}  // namespace kiosk
