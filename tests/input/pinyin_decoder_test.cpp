// The pinyin keyboard's engine on the words residents need for complaints: each must be on the
// first page of candidates (8), in Simplified characters.
#include "input/pinyin_decoder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "core/traditional_chars.h"

namespace kiosk::input {
namespace {

PinyinDecoder& decoder() {
    static std::unique_ptr<PinyinDecoder> d = [] {
        std::string error;
        auto opened = PinyinDecoder::open(PinyinDecoder::kDefaultDictionary, PinyinDecoder::kDefaultVariants, error);
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
        EXPECT_NE(std::find(candidates.begin(), candidates.end(), word), candidates.end())
            << pinyin << " → " << word << " not on the first page";
    }
}

TEST(PinyinDecoder, NoTraditionalCandidates) {
    for (const char* pinyin : {"tie", "bao", "jian", "hua", "guo", "men"}) {
        for (const auto& c : decoder().candidates(pinyin, 40)) {
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

TEST(TraditionalCharacters, ParsedFromUnihanVariants) {
    const auto t = core::parseTraditionalCharacters(
        "U+8CBC\tkSimplifiedVariant\tU+8D34\nU+62A5\tkSimplifiedVariant\tU+62A5\nU+5831\tkSimplifiedVariant\tU+62A5\n"
        "U+8D34\tkTraditionalVariant\tU+8CBC\n");
    EXPECT_TRUE(t.count(U'貼'));
    EXPECT_TRUE(t.count(U'報'));
    EXPECT_FALSE(t.count(U'报'));
    EXPECT_FALSE(t.count(U'贴'));
}

}  // namespace
}  // namespace kiosk::input
