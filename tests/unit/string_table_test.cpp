#include "core/string_table.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

const std::string kI18n = std::string(KIOSK_SOURCE_DIR) + "/assets/i18n/";

TEST(StringTable, ChineseAndEnglishHaveTheSameKeys) {
    const StringTable zh = StringTable::loadFile(kI18n + "zh-CN.toml");
    const StringTable en = StringTable::loadFile(kI18n + "en.toml");
    EXPECT_EQ(zh.keys(), en.keys());
    EXPECT_GT(zh.keys().size(), 20u);
    EXPECT_EQ(zh.get("topbar.home"), "首页");
    EXPECT_EQ(en.get("topbar.home"), "Home");
}

TEST(StringTable, NoEmptyTextsAndAllValidUtf8) {
    for (const char* lang : {"zh-CN.toml", "en.toml"}) {
        const StringTable t = StringTable::loadFile(kI18n + lang);
        for (const auto& [key, text] : t.entries()) {
            EXPECT_FALSE(text.empty()) << lang << " " << key;
            EXPECT_TRUE(isValidUtf8(text)) << lang << " " << key;
        }
    }
}

TEST(StringTable, MissingKeyShowsTheKey) {
    const StringTable t = StringTable::fromToml("[a]\nb = \"x\"\n", "t");
    EXPECT_EQ(t.get("a.b"), "x");
    EXPECT_EQ(t.get("a.c"), "a.c");
}

TEST(StringTable, FormatReplacesPlaceholders) {
    const StringTable t = StringTable::fromToml("msg = \"{0} 秒后 {1}，{0}\"\n", "t");
    EXPECT_EQ(t.format("msg", {"30", "返回"}), "30 秒后 返回，30");
}

TEST(StringTable, ErrorsNameFileAndLine) {
    try {
        StringTable::fromToml("a = \"x\"\nb = 3\n", "zz.toml");
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("zz.toml line 2"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace kiosk::core
