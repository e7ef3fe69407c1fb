#include "core/utf8.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(Utf8, DecodesChineseAndAscii) {
    EXPECT_EQ(decodeUtf8("a监督"), U"a监督");
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
    EXPECT_EQ(decodeUtf8("\xe7\x9b"), U"\uFFFD\uFFFD");            // truncated 3-byte sequence
    EXPECT_EQ(decodeUtf8("\xc0\xaf"), U"\uFFFD\uFFFD");            // overlong '/'
    EXPECT_EQ(decodeUtf8("\xed\xa0\x80"), U"\uFFFD\uFFFD\uFFFD");  // surrogate
    EXPECT_FALSE(isValidUtf8("\xff"));
    EXPECT_TRUE(isValidUtf8("监督一点通"));
    EXPECT_TRUE(isValidUtf8(""));
}

TEST(Utf8, FourByteSequences) {
    EXPECT_EQ(decodeUtf8("\xf0\x9f\x98\x80"), U"\U0001F600");
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk::core {
namespace {

TEST(Utf8, EncodesWhatItDecodes) {
    for (const std::string text : {"a", "é", "监督一点通", "\U0001F600", "王*华"}) {
        std::string out;
        for (char32_t c : decodeUtf8(text)) appendUtf8(out, c);
        EXPECT_EQ(out, text);
    }
}

}  // namespace
}  // namespace kiosk::core
