#include "core/text_rule.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

// Each of these makes text display other than it reads, or hides something in it (issue 19).
const char* const kNotText[] = {
    "\u202E",
    "\u202A",
    "\u202B",
    "\u202C",
    "\u202D",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200E",
    "\u200F",
    "\u061C",
    "\u2028",
    "\u2029",
    "\uFEFF",
    "\u200B",
    "\u200C",
    "\u200D",
    "\u2060",
    "\u00AD",
    "\u0085",
    "\u0080",
    "\u009F",
    "\x7F",
    "\t",
    "\r",
    "\x1b",
    "\uFFFD",
    "\uFFFE",
    "\uFDD0",
    "\U000E0041",
    // Default-ignorable: drawn as nothing (found by the attacker's review: Hangul fillers made a
    // title of blanks).
    "\u3164",
    "\u115F",
    "\u1160",
    "\uFFA0",
    "\u034F",
    "\uFE0F",
    "\u180B",
    "\u17B4",
    "\U000E0100",
};

TEST(TextRule, RefusesEveryInvisibleAndControlCharacter) {
    for (const char* c : kNotText) {
        const std::string text = std::string("王小华") + c + "领取";
        const auto problem = textProblem(text, Lines::Many, 100);
        ASSERT_TRUE(problem.has_value()) << "U+" << std::hex << static_cast<unsigned>(static_cast<unsigned char>(c[0]));
        EXPECT_EQ(*problem, "holds a control or invisible character (character 4)");
        EXPECT_EQ(keepText(text, Lines::Many, 100), "王小华领取");
    }
}

TEST(TextRule, KeepsChinesePunctuationAndLineBreaksWhereAllowed) {
    EXPECT_EQ(textProblem("幸福里社区 · 社区广场（东门）：路灯不亮！", Lines::One, 100), std::nullopt);
    EXPECT_EQ(textProblem("第一行\n第二行", Lines::Many, 100), std::nullopt);
    EXPECT_EQ(textProblem("第一行\n第二行", Lines::One, 100), "must be one line");
    EXPECT_EQ(textProblem("𠮷野家", Lines::One, 100), std::nullopt);  // a rare name character (plane 2)
}

TEST(TextRule, LengthEmptinessAndBrokenBytes) {
    EXPECT_EQ(textProblem("", Lines::One, 10), "is empty");
    EXPECT_EQ(textProblem("", Lines::One, 10, false), std::nullopt);
    EXPECT_EQ(textProblem("一二三四五六", Lines::One, 5), "is longer than 5 characters");
    EXPECT_EQ(textProblem("ab\xff", Lines::One, 10), "is not valid UTF-8 (byte 2)");
    EXPECT_TRUE(isTextLine("监督一点通", 5));
    EXPECT_FALSE(isTextLine("监督一点通", 4));
    EXPECT_EQ(keepText("ab\xff\xfe"
                       "cd",
                       Lines::One, 3),
              "abc");
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk::core {
namespace {

TEST(TextRule, ThePlatformsWordsKeepNoNumberAPersonCouldBeFoundBy) {
    EXPECT_EQ(remoteWordsForLog("phone 13912345678 is not a phone number"), "phone # is not a phone number");
    EXPECT_EQ(remoteWordsForLog("电话138-0013-8000无效"), "电话#无效");
    EXPECT_EQ(remoteWordsForLog("电话 138 0013 8000 无效"), "电话 # 无效");
    EXPECT_EQ(remoteWordsForLog("电话１３８００１３８０００"), "电话#");
    EXPECT_EQ(remoteWordsForLog("身份证110101194003071234"), "身份证#");
    EXPECT_EQ(remoteWordsForLog("HTTP 400: at most 3 kiosk_media_url, 4000 characters"),
              "HTTP 400: at most 3 kiosk_media_url, 4000 characters");
    EXPECT_EQ(remoteWordsForLog("line\nbreak\x1b[2J\xe2\x80\xae"), "linebreak[2J");
}

TEST(TextRule, PlainTokensAreWhatALogMayName) {
    EXPECT_TRUE(isPlainToken("demo-20261122-3300", 64));
    EXPECT_TRUE(isPlainToken("SR-1001", 64));
    for (const char* bad : {"", "v9\n2026", "张三", "a b", "x\"y", "\x1b[2J"})
        EXPECT_FALSE(isPlainToken(bad, 64)) << bad;
    EXPECT_FALSE(isPlainToken(std::string(65, 'a'), 64));
}

}  // namespace
}  // namespace kiosk::core
