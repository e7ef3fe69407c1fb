// Name search as an elderly resident types it: initials, full pinyin, polyphonic surnames.
#include "core/name_search.h"

#include <gtest/gtest.h>

#include "storage/bzip2_file.h"

namespace kiosk::core {
namespace {

std::vector<Payout> recipients(std::initializer_list<const char*> names) {
    std::vector<Payout> out;
    for (const char* name : names) {
        Payout p;
        p.id = std::to_string(out.size() + 1);
        p.recipientName = name;
        out.push_back(p);
    }
    return out;
}

// The real table from Debian's unicode-data (scripts/setup installs it).
const PinyinTable& table() {
    static const PinyinTable t = [] {
        const auto text = storage::readBzip2File("/usr/share/unicode/Unihan_Readings.txt.bz2");
        if (!text) throw std::runtime_error("unicode-data is not installed");
        return PinyinTable::fromUnihan(*text);
    }();
    return t;
}

TEST(Pinyin, StripsTones) {
    EXPECT_EQ(stripTones("wáng"), "wang");
    EXPECT_EQ(stripTones("lǜ"), "lv");
    EXPECT_EQ(stripTones("nǚ"), "nv");
    EXPECT_EQ(stripTones("Zhōng"), "zhong");
}

TEST(Pinyin, ParsesUnihanFields) {
    const auto t = PinyinTable::fromUnihan(
        "U+738B\tkHanyuPinyin\t21099.100:wáng,wàng,yù\nU+738B\tkMandarin\twáng\nU+5355\tkMandarin\tdān\n"
        "U+5355\tkXHC1983\t0178.010:chán 0178.020:dān 1003.060:shàn\nU+738B\tkDefinition\tking\n");
    EXPECT_EQ(t.readings(U'王'), (std::vector<std::string>{"wang", "yu"}));
    EXPECT_EQ(t.readings(U'单'), (std::vector<std::string>{"dan", "chan", "shan"}));
    EXPECT_EQ(t.surnameReadings(U'单').front(), "shan");
    EXPECT_TRUE(t.readings(U'猫').empty());
}

TEST(Pinyin, RealTableCoversCommonCharacters) {
    EXPECT_GT(table().size(), 20000u);
    EXPECT_EQ(table().readings(U'监').front(), "jian");
    EXPECT_EQ(table().readings(U'督').front(), "du");
}

TEST(NameSearch, InitialsAndFullPinyinAndTheirStarts) {
    const std::vector<Payout> payouts = recipients({"王大华", "汪德辉", "李秀英"});
    const NameSearch search(payouts, table());
    EXPECT_TRUE(search.matches("王大华", "wdh"));
    EXPECT_TRUE(search.matches("王大华", "wangdahua"));
    EXPECT_TRUE(search.matches("王大华", "wangd"));
    EXPECT_TRUE(search.matches("王大华", "w"));
    EXPECT_TRUE(search.matches("汪德辉", "wdh"));  // both: initials are ambiguous, and that is fine
    EXPECT_FALSE(search.matches("李秀英", "wdh"));
    EXPECT_FALSE(search.matches("王大华", "dh"));  // from the start of the name only
    EXPECT_TRUE(search.matches("李秀英", ""));
}

TEST(NameSearch, PolyphonicSurnamesMatchTheirSurnameReadingAndTheCommonOne) {
    const std::vector<Payout> payouts = recipients({"单秀英", "曾国华", "乐明", "解放", "仇德胜"});
    const NameSearch search(payouts, table());
    EXPECT_TRUE(search.matches("单秀英", "shanxiuying"));
    EXPECT_TRUE(search.matches("单秀英", "sxy"));
    EXPECT_TRUE(search.matches("单秀英", "dxy"));  // residents who read it dān still find it
    EXPECT_TRUE(search.matches("曾国华", "zenggh"));
    EXPECT_TRUE(search.matches("曾国华", "zgh"));
    EXPECT_TRUE(search.matches("乐明", "yueming"));
    EXPECT_TRUE(search.matches("解放", "xiefang"));
    EXPECT_TRUE(search.matches("仇德胜", "qds"));
}

TEST(NameSearch, FilterKeepsOrder) {
    const std::vector<Payout> payouts = recipients({"王大华", "李秀英", "王德华"});
    const NameSearch search(payouts, table());
    const std::vector<const Payout*> rows{&payouts[0], &payouts[1], &payouts[2]};
    const auto found = search.filter(rows, "wdh");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0]->id, "1");
    EXPECT_EQ(found[1]->id, "3");
}

// The field's text read as a name: letters (typed, or pinyin still being composed) search by
// pinyin; characters (chosen from the candidates or handwritten) only by the whole name.
TEST(NameSearch, TypedTextIsReadAsPinyinOrAsTheWholeName) {
    EXPECT_EQ(nameQueryFrom("", "wdh").letters, "wdh");
    EXPECT_EQ(nameQueryFrom("Wang", "dh").letters, "wangdh");
    const NameQuery name = nameQueryFrom(" 王大华 ", "");
    EXPECT_EQ(name.name, "王大华");
    EXPECT_TRUE(name.letters.empty());
    EXPECT_FALSE(name.stillTyping);
    EXPECT_TRUE(nameQueryFrom("王大", "hua").stillTyping);
    EXPECT_TRUE(nameQueryFrom(" ", "").empty());
}

TEST(NameSearch, CharactersFindOnlyTheWholeName) {
    const std::vector<Payout> payouts = recipients({"王大华", "李秀英", "王德华", "王大"});
    const NameSearch search(payouts, table());
    const std::vector<const Payout*> rows{&payouts[0], &payouts[1], &payouts[2], &payouts[3]};
    const auto found = search.filter(rows, nameQueryFrom("王大华", ""));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->id, "1");
    // A part of a name confirms nothing about the hidden characters of others.
    EXPECT_TRUE(search.filter(rows, nameQueryFrom("王", "")).empty());
    EXPECT_TRUE(search.filter(rows, nameQueryFrom("大华", "")).empty());
    ASSERT_EQ(search.filter(rows, nameQueryFrom("王大", "")).size(), 1u);  // 王大 is a whole name too
    // While a character is still being composed after them, nothing is searched yet.
    EXPECT_TRUE(search.filter(rows, nameQueryFrom("王大", "hua")).empty());
    // Letters still search by pinyin.
    EXPECT_EQ(search.filter(rows, nameQueryFrom("", "wdh")).size(), 2u);
}

}  // namespace
}  // namespace kiosk::core
