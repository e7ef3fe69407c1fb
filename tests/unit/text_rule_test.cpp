#include "core/text_rule.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

// Each of these makes text display other than it reads, or hides something in it (issue 19).
const char* const kNotText[] = {
    "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",     "\u200E", "\u200F",
    "\u061C", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD",     "\u0085", "\u0080",
    "\u009F", "\x7F",   "\t",     "\r",     "\x1b",   "\uFFFD", "\uFFFE", "\uFDD0", "\U000E0041",
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
