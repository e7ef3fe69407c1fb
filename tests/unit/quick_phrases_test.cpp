#include "core/quick_phrases.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(QuickPhrases, ReadsPhrasesPerContext) {
    const auto loaded = parseQuickPhrases(R"({"practice": ["路灯坏了", "谢谢"], "环境卫生": ["垃圾没人清运"]})");
    EXPECT_TRUE(loaded.problems.empty());
    ASSERT_EQ(loaded.byContext.at("practice").size(), 2u);
    EXPECT_EQ(loaded.byContext.at("practice")[0], "路灯坏了");
    EXPECT_EQ(loaded.byContext.at("环境卫生")[0], "垃圾没人清运");
}

TEST(QuickPhrases, BadEntriesAreSkippedAndNamed) {
    const auto loaded = parseQuickPhrases(
        R"({"practice": ["好", 42, "", "有\u001b[2J控制字符", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"],
            "other": "not a list"})");
    ASSERT_EQ(loaded.byContext.at("practice").size(), 1u);
    EXPECT_EQ(loaded.byContext.at("practice")[0], "好");
    EXPECT_EQ(loaded.problems.size(), 5u);
}

TEST(QuickPhrases, MalformedJsonLoadsNothing) {
    const auto loaded = parseQuickPhrases("{\"practice\": [");
    EXPECT_TRUE(loaded.byContext.empty());
    EXPECT_EQ(loaded.problems.size(), 1u);
}

TEST(QuickPhrases, TheBundledFileIsClean) {
    const auto loaded = loadQuickPhrasesFile(KIOSK_SOURCE_DIR "/assets/demo/quick_phrases.json");
    EXPECT_TRUE(loaded.problems.empty());
    EXPECT_GE(loaded.byContext.at("practice").size(), 4u);
}

}  // namespace
}  // namespace kiosk::core
