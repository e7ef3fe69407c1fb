#include "core/case_catalog.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

const char* kGood = R"({
  "version": "t1",
  "categories": [
    {"code": "env", "name": "环境卫生", "icon": "broom", "kinds": ["complaint", "advice"],
     "scope": "垃圾清运、绿化。", "phrases": ["垃圾没人清运", "", "路灯坏了"]},
    {"code": "conduct", "name": "干部作风", "kinds": ["report", "complaint"], "scope": "作风问题。"},
    {"code": "wages", "name": "工资拖欠", "kinds": ["complaint"], "scope": "拖欠工资。",
     "transfer": {"department": "区人力资源和社会保障局", "hotline": "12333"}}
  ],
  "communities": [
    {"id": "xingfuli", "name": "幸福里社区", "places": ["1号楼", "社区广场", "1号楼", 7]}
  ]
})";

TEST(CaseCatalog, ReadsCategoriesKindsTransfersAndPlaces) {
    const CaseCatalogLoad load = parseCaseCatalog(kGood);
    ASSERT_TRUE(load.catalog.has_value());
    const CaseCatalog& c = *load.catalog;
    EXPECT_EQ(c.version, "t1");
    ASSERT_EQ(c.categories.size(), 3u);
    const CaseCategory* env = c.category("env");
    ASSERT_NE(env, nullptr);
    EXPECT_TRUE(env->takes(CaseKind::Complaint));
    EXPECT_FALSE(env->takes(CaseKind::Report));
    EXPECT_EQ(env->phrases, (std::vector<std::string>{"垃圾没人清运", "路灯坏了"}))
        << "the empty phrase is dropped alone";
    EXPECT_FALSE(env->transfer.has_value());
    const CaseCategory* wages = c.category("wages");
    ASSERT_NE(wages, nullptr);
    ASSERT_TRUE(wages->transfer.has_value());
    EXPECT_EQ(wages->transfer->hotline, "12333");
    const CommunityPlaces* xingfuli = c.community("xingfuli");
    ASSERT_NE(xingfuli, nullptr);
    EXPECT_EQ(xingfuli->places, (std::vector<std::string>{"1号楼", "社区广场"})) << "repeats and non-text dropped";
}

TEST(CaseCatalog, CategoriesForAKindKeepTheContentOrder) {
    const CaseCatalog c = *parseCaseCatalog(kGood).catalog;
    std::vector<std::string> reportCodes;
    for (const CaseCategory* cat : c.categoriesFor(CaseKind::Report)) reportCodes.push_back(cat->code);
    EXPECT_EQ(reportCodes, (std::vector<std::string>{"conduct"}));
    EXPECT_EQ(c.categoriesFor(CaseKind::Complaint).size(), 3u);
    EXPECT_EQ(c.categoriesFor(CaseKind::Advice).size(), 1u);
}

TEST(CaseCatalog, BadRecordsAreSkippedAndReported) {
    const CaseCatalogLoad load = parseCaseCatalog(R"({
      "categories": [
        {"code": "Env!", "name": "环境", "kinds": ["complaint"], "scope": "x"},
        {"code": "a", "name": "一个很长很长很长的分类名称", "kinds": ["complaint"], "scope": "x"},
        {"code": "b", "name": "好", "kinds": ["praise"], "scope": "x"},
        {"code": "c", "name": "好", "kinds": ["complaint"], "scope": "x", "transfer": {"department": "局"}},
        {"code": "d", "name": "好\u0007", "kinds": ["complaint"], "scope": "x"},
        {"code": "ok", "name": "好", "kinds": ["complaint"], "scope": "x"},
        {"code": "ok", "name": "又一个", "kinds": ["complaint"], "scope": "x"},
        "not an object"
      ],
      "communities": [{"id": "x", "name": "某社区"}, {"name": "没有编号"}]
    })");
    ASSERT_TRUE(load.catalog.has_value());
    ASSERT_EQ(load.catalog->categories.size(), 1u);
    EXPECT_EQ(load.catalog->categories[0].name, "好");
    EXPECT_EQ(load.catalog->communities.size(), 1u);
    EXPECT_EQ(load.problems.size(), 8u);
    for (const std::string& p : load.problems) EXPECT_NE(p.find("skipped"), std::string::npos) << p;
}

TEST(CaseCatalog, QuestionsAreReadAndACategoryWithABadOneIsSkipped) {
    auto catalogWith = [](const std::string& questions) {
        return parseCaseCatalog(R"({"categories": [{"code": "consumer", "name": "消费购物", "kinds": ["complaint"],
            "scope": "消费。", "questions": )" +
                                questions + R"(}], "communities": [{"id": "x", "name": "幸福里社区"}]})");
    };
    const CaseCatalogLoad good = catalogWith(R"([
        {"code": "where_bought", "text": "在哪里买的？", "kind": "single", "required": true,
         "options": [{"key": "shop", "name": "商店超市"}, {"key": "online", "name": "网上"}]},
        {"code": "problems", "text": "是什么问题？", "kind": "multi",
         "options": [{"key": "quality", "name": "质量不好"}, {"key": "refund", "name": "不给退换"}]}])");
    ASSERT_TRUE(good.catalog.has_value());
    const CaseCategory& c = good.catalog->categories.front();
    ASSERT_EQ(c.questions.size(), 2u);
    EXPECT_TRUE(c.questions[0].required);
    EXPECT_FALSE(c.questions[0].multiple);
    EXPECT_TRUE(c.questions[1].multiple);
    EXPECT_FALSE(c.questions[1].required);
    EXPECT_TRUE(c.question("problems")->offers("refund"));
    EXPECT_FALSE(c.question("problems")->offers("shop"));

    for (
        const char* bad : {
            R"("not a list")",
            R"([{"code": "q", "text": "问？", "kind": "number", "options": [{"key": "a", "name": "甲"}, {"key": "b", "name": "乙"}]}])",
            R"([{"code": "q", "text": "问？", "kind": "single", "options": [{"key": "a", "name": "甲"}]}])",
            R"([{"code": "q", "text": "问？", "kind": "single", "options": [{"key": "a", "name": "甲"}, {"key": "a", "name": "乙"}]}])",
            R"([{"code": "Q!", "text": "问？", "kind": "single", "options": [{"key": "a", "name": "甲"}, {"key": "b", "name": "乙"}]}])",
            R"([{"code": "q", "text": "", "kind": "single", "options": [{"key": "a", "name": "甲"}, {"key": "b", "name": "乙"}]}])",
            R"([{"code": "q", "text": "问？", "kind": "single", "options": [{"key": "a", "name": "一个很长很长很长的答案"}, {"key": "b", "name": "乙"}]}])",
        }) {
        const CaseCatalogLoad load = catalogWith(bad);
        EXPECT_FALSE(load.catalog.has_value()) << bad;  // its only category skipped: nothing to file
        ASSERT_FALSE(load.problems.empty()) << bad;
        EXPECT_NE(load.problems.front().find("category #1 skipped"), std::string::npos) << load.problems.front();
    }
}

TEST(CaseCatalog, NothingUsableMeansNoFilingRatherThanACrash) {
    for (const char* text :
         {"", "[]", "{\"categories\": 5}", "{\"categories\": [], \"communities\": []}",
          "{\"categories\": [{\"code\":\"a\",\"name\":\"好\",\"kinds\":[\"advice\"],\"scope\":\"x\"}]}"}) {
        SCOPED_TRACE(text);
        const CaseCatalogLoad load = parseCaseCatalog(text);
        EXPECT_FALSE(load.catalog.has_value());
        EXPECT_FALSE(load.problems.empty());
    }
}

TEST(CaseCatalog, TheBundledDemoCatalogIsCleanAndCoversTheDisclosureCommunities) {
    const CaseCatalogLoad load = loadCaseCatalogFile(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/case_catalog.json");
    ASSERT_TRUE(load.catalog.has_value());
    EXPECT_TRUE(load.problems.empty()) << load.problems.front();
    for (CaseKind kind : {CaseKind::Complaint, CaseKind::Report, CaseKind::Advice}) {
        EXPECT_FALSE(load.catalog->categoriesFor(kind).empty()) << caseKindName(kind);
    }
    for (const char* id : {"xingfuli", "guangming", "dongfeng", "xinhua", "changqing", "hepan"}) {
        const CommunityPlaces* c = load.catalog->community(id);
        ASSERT_NE(c, nullptr) << id;
        EXPECT_FALSE(c->places.empty()) << id;
    }
    int transfers = 0;
    for (const auto& c : load.catalog->categories) transfers += c.transfer ? 1 : 0;
    EXPECT_GE(transfers, 1) << "the demo shows a transfer (转办)";
}

// A community's everyday complaints each have a home of their own, with a scope that says what
// belongs there and phrases to start from.
TEST(CaseCatalog, TheBundledDemoCatalogHasAHomeForTheCommonComplaintsOfACommunity) {
    const CaseCatalogLoad load = loadCaseCatalogFile(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/case_catalog.json");
    ASSERT_TRUE(load.catalog.has_value());
    const std::pair<const char*, const char*> homes[] = {
        {"streetlight", "路灯"}, {"drain", "下水道"}, {"occupy", "占道"},  {"noise", "噪音"},
        {"property", "物业"},    {"elderly", "养老"}, {"subsidy", "低保"}, {"finance", "村务"},
    };
    for (const auto& [code, word] : homes) {
        SCOPED_TRACE(code);
        const CaseCategory* c = load.catalog->category(code);
        ASSERT_NE(c, nullptr);
        EXPECT_NE(c->name.find(word) == std::string::npos ? c->scope.find(word) : 0, std::string::npos)
            << "its name or scope names " << word;
        EXPECT_GE(c->scope.size(), 30u) << "a scope note that says what belongs here";
        EXPECT_GE(c->phrases.size(), 3u);
        EXPECT_TRUE(c->takes(CaseKind::Complaint));
    }
}

}  // namespace
}  // namespace kiosk::core
