// The automatic demonstration's rules that need no screen: which scripts it can play, and how
// long a narration stays. (Playing one is driven in tests/ui/demonstration_test.cpp.)
#include "features/demonstration/tour_player.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/string_table.h"

namespace kiosk {
namespace {

TEST(TourPlayer, ScriptsWithCornerHoldsScreenshotsOrUnknownNarrationAreRefused) {
    const auto parsed =
        core::parseUiScript("say tour.say.home\nhold top-left 5\nshot x\nsay tour.say.nowhere\ntap home.tile.case\n");
    ASSERT_TRUE(parsed.ok());
    const auto problems =
        demonstrationProblems(parsed.steps, [](const std::string& key) { return key == "tour.say.home"; });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_NE(problems[0].find("line 2: a demonstration cannot hold a corner"), std::string::npos);
    EXPECT_NE(problems[1].find("line 3: a demonstration takes no screenshots"), std::string::npos);
    EXPECT_NE(problems[2].find("line 4: no narration 'tour.say.nowhere'"), std::string::npos);
    EXPECT_EQ(demonstrationProblems({}, [](const std::string&) { return true; }).size(), 1u);
}

TEST(TourPlayer, TheBundledDemonstrationIsPlayableInBothLanguages) {
    const std::filesystem::path assets = std::filesystem::path(KIOSK_SOURCE_DIR) / "assets";
    std::ifstream in(assets / "demo" / "full_process.tour");
    std::stringstream text;
    text << in.rdbuf();
    const auto parsed = core::parseUiScript(text.str());
    ASSERT_TRUE(parsed.ok()) << parsed.errors.front();
    for (const char* language : {"zh-CN", "en"}) {
        const auto strings =
            core::StringTable::loadFile((assets / "i18n" / (std::string(language) + ".toml")).string());
        const auto problems =
            demonstrationProblems(parsed.steps, [&](const std::string& key) { return strings.has(key); });
        EXPECT_TRUE(problems.empty()) << language << ": " << problems.front();
    }
}

TEST(TourPlayer, ANarrationStaysLongEnoughToBeHeard) {
    EXPECT_DOUBLE_EQ(narrationSeconds(""), 2.5);  // never a flash
    // Chinese at about four characters a second, with a pause after.
    const double chinese = narrationSeconds("先选是哪一类事情。这次选“投诉”。");  // 17 characters
    EXPECT_GT(chinese, 17 * 0.25);
    EXPECT_LT(chinese, 17 * 0.4 + 1.0);
    // A Latin letter is a small part of a word.
    EXPECT_LT(narrationSeconds("First choose what kind of matter it is."), 4.0);
}

}  // namespace
}  // namespace kiosk
