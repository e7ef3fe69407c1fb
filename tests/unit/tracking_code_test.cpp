#include "core/tracking_code.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace kiosk::core {
namespace {

TEST(TrackingCode, DammCheckDigitOfTheTextbookExample) {
    EXPECT_EQ(dammCheckDigit("572"), '4');  // Damm's worked example: 572 -> 5724
}

TEST(TrackingCode, MadeCodesAreTenDigitsAndCheckOut) {
    std::mt19937_64 random(7);
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string code = makeTrackingCode(random());
        ASSERT_EQ(code.size(), kTrackingCodeDigits);
        EXPECT_NE(code[0], '0');
        EXPECT_TRUE(isWellFormedTrackingCode(code)) << code;
        seen.insert(code);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(TrackingCode, EverySingleTypoAndEveryNeighbourSwapIsCaught) {
    std::mt19937_64 random(11);
    for (int n = 0; n < 200; ++n) {
        const std::string code = makeTrackingCode(random());
        for (std::size_t i = 0; i < code.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                if (d == code[i]) continue;
                std::string typo = code;
                typo[i] = d;
                EXPECT_FALSE(isWellFormedTrackingCode(typo)) << code << " -> " << typo;
            }
            if (i + 1 < code.size() && code[i] != code[i + 1]) {
                std::string swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                EXPECT_FALSE(isWellFormedTrackingCode(swapped)) << code << " -> " << swapped;
            }
        }
    }
}

TEST(TrackingCode, MalformedInputIsRejected) {
    for (const char* bad : {"", "123", "12345678901", "12345abcde", "１２３４５６７８９０"}) {
        EXPECT_FALSE(isWellFormedTrackingCode(bad)) << bad;
    }
}

TEST(TrackingCode, GroupedInFivesAsItIsTyped) {
    EXPECT_EQ(groupTrackingCode("1234567890"), "12345 67890");
    EXPECT_EQ(groupTrackingCode("123456"), "12345 6");
    EXPECT_EQ(groupTrackingCode("123"), "123");
}

}  // namespace
}  // namespace kiosk::core
