// The pinyin keyboard's engine on the words residents need for complaints: each must be on the
// first page of candidates (8), in Simplified characters.
#include "input/pinyin_decoder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "core/utf8.h"
#include "input/gb2312.h"

namespace kiosk::input {
namespace {

PinyinDecoder& decoder() {
    static std::unique_ptr<PinyinDecoder> d = [] {
        std::string error;
        auto opened = PinyinDecoder::open(PinyinDecoder::kDefaultDictionary, error);
        if (!opened) throw std::runtime_error(error);
        return opened;
    }();
    return *d;
}

constexpr std::size_t kFirstPage = 8;
// Phrases missing from Google Pinyin's dictionary (广场舞) take two picks (广场, then 舞): the
// keyboard's partial choice, not the decoder, handles them.

TEST(PinyinDecoder, CommonComplaintWordsAreOnTheFirstPage) {
    const std::pair<const char*, const char*> words[] = {
        {"tingche", "停车"},    {"laji", "垃圾"},    {"butie", "补贴"},        {"dibao", "低保"},
        {"ludeng", "路灯"},     {"zaoyin", "噪音"},  {"jiandu", "监督"},       {"tousu", "投诉"},
        {"jubao", "举报"},      {"wuye", "物业"},    {"weisheng", "卫生"},     {"loushui", "漏水"},
        {"shigong", "施工"},    {"dianti", "电梯"},  {"tingshui", "停水"},     {"tingdian", "停电"},
        {"xiaoqu", "小区"},     {"shequ", "社区"},   {"ganbu", "干部"},        {"zuofeng", "作风"},
        {"buzhu", "补助"},      {"yanglao", "养老"}, {"yibao", "医保"},        {"chaiqian", "拆迁"},
        {"huanjing", "环境"},   {"wuran", "污染"},   {"lvhua", "绿化"},        {"daolu", "道路"},
        {"jinggai", "井盖"},    {"jishui", "积水"},  {"youyan", "油烟"},       {"zhanyong", "占用"},
        {"shoufei", "收费"},    {"yajin", "押金"},   {"gongzi", "工资"},       {"gongshi", "公示"},
        {"caiwu", "财务"},      {"zijin", "资金"},   {"fafang", "发放"},       {"gaoling", "高龄"},
        {"canji", "残疾"},      {"jiuzhu", "救助"},  {"anquan", "安全"},       {"xiaofang", "消防"},
        {"loudao", "楼道"},     {"weixiu", "维修"},  {"tingchewei", "停车位"}, {"zhengfubutie", "政府补贴"},
        {"guangchang", "广场"}, {"wenti", "问题"},   {"fanying", "反映"},      {"chuli", "处理"},
    };
    for (const auto& [pinyin, word] : words) {
        const auto candidates = decoder().candidates(pinyin, kFirstPage);
        EXPECT_TRUE(
            std::any_of(candidates.begin(), candidates.end(), [&w = word](const auto& c) { return c.text == w; }))
            << pinyin << " → " << word << " not on the first page";
    }
}

TEST(PinyinDecoder, NoTraditionalCandidates) {
    for (const char* pinyin : {"tie", "bao", "jian", "hua", "guo", "men"}) {
        for (const auto& candidate : decoder().candidates(pinyin, 40)) {
            const std::string& c = candidate.text;
            EXPECT_NE(c, "貼");
            EXPECT_NE(c, "報");
            EXPECT_NE(c, "監");
            EXPECT_NE(c, "華");
            EXPECT_NE(c, "國");
            EXPECT_NE(c, "們");
        }
    }
}

TEST(PinyinDecoder, BadInputGivesNoCandidates) {
    EXPECT_TRUE(decoder().candidates("", 8).empty());
    EXPECT_TRUE(decoder().candidates("Jian Du", 8).empty());
    EXPECT_TRUE(decoder().candidates(std::string(100, 'a'), 8).empty());
}

TEST(PinyinDecoder, PartOfAPhraseStandsForItsFirstSyllables) {
    // 政府补贴 covers all 12 letters; 政府 only zheng|fu (7), so butie is left to choose next.
    const auto candidates = decoder().candidates("zhengfubutie", 8);
    ASSERT_FALSE(candidates.empty());
    EXPECT_EQ(candidates[0].text, "政府补贴");
    EXPECT_EQ(candidates[0].letters, 12u);
    const auto part =
        std::find_if(candidates.begin(), candidates.end(), [](const auto& c) { return c.text == "政府"; });
    ASSERT_NE(part, candidates.end());
    EXPECT_EQ(part->letters, 7u);
    // 广场舞 is not in the dictionary: 广场 (10 letters) and then 舞 for "wu".
    const auto square = decoder().candidates("guangchangwu", 8);
    const auto guangchang = std::find_if(square.begin(), square.end(), [](const auto& c) { return c.text == "广场"; });
    ASSERT_NE(guangchang, square.end());
    EXPECT_EQ(guangchang->letters, 10u);
    const auto wu = decoder().candidates("wu", 40);
    EXPECT_TRUE(std::any_of(wu.begin(), wu.end(), [](const auto& c) { return c.text == "舞"; }));
}

TEST(PinyinDecoder, EveryCandidateIsInGb2312) {
    for (const char* pinyin : {"a", "xian", "ma", "guangchangwu", "zhi", "ge"}) {
        for (const auto& candidate : decoder().candidates(pinyin, 200)) {
            for (char32_t c : core::decodeUtf8(candidate.text)) EXPECT_TRUE(isGb2312(c)) << candidate.text;
        }
    }
}

TEST(Gb2312, HasAllItsHanziAndNothingElse) {
    const std::u32string& all = gb2312Characters();
    const auto hanzi = std::count_if(all.begin(), all.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; });
    EXPECT_EQ(hanzi, 6763);  // GB2312 level 1 (3,755) + level 2 (3,008)
    EXPECT_TRUE(isGb2312(U'监'));
    EXPECT_TRUE(isGb2312(U'，'));
    EXPECT_FALSE(isGb2312(U'監'));
    EXPECT_FALSE(isGb2312(U'咁'));
    EXPECT_FALSE(isGb2312(U'a'));  // ASCII is not part of the double-byte set
}

}  // namespace
}  // namespace kiosk::input
