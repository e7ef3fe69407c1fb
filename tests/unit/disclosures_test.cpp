// Disclosure records: good ones load, each bad one is skipped with a line naming it, never a person.
#include "core/disclosures.h"

#include <gtest/gtest.h>

#include "core/demo_content_generator.h"

namespace kiosk::core {
namespace {

const char* kGood = R"({
  "version": "v1", "updated_at": "2026-11-20 08:00",
  "communities": [{"id": "c1", "name": "幸福里社区"}],
  "subsidy_types": [{"id": "dibao", "name": "最低生活保障金"}],
  "payouts": [
    {"id": "p1", "name": "王大华", "community": "c1", "type": "dibao", "amount_fen": 85000,
     "period": "2026-11", "paid_on": "2026-11-15", "funding": "区级财政", "status": "paid"}
  ],
  "finances": [{"community": "c1", "period": "2026-11", "balance_fen": -500,
                "lines": [{"kind": "income", "category": "上级拨款", "amount_fen": 100}]}],
  "notices": [{"id": "n1", "community": "c1", "period": "2026-11", "title": "公示", "body": "内容",
               "images": ["a.png"]}]
})";

TEST(Disclosures, GoodSetLoads) {
    const auto r = parseDisclosures(kGood);
    ASSERT_FALSE(r.fatal);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    ASSERT_EQ(r.set.payouts.size(), 1u);
    EXPECT_EQ(r.set.payouts[0].amountFen, 85000);
    EXPECT_EQ(r.set.payouts[0].recipientName, "王大华");
    EXPECT_EQ(r.set.finances[0].balanceFen, -500);
    EXPECT_EQ(r.set.notices[0].images, std::vector<std::string>{"a.png"});
}

std::string withPayout(const std::string& fields) {
    return R"({"version": "v1", "updated_at": "x",
      "communities": [{"id": "c1", "name": "幸福里社区"}], "subsidy_types": [{"id": "dibao", "name": "低保"}],
      "payouts": [{"id": "ok", "name": "李四", "community": "c1", "type": "dibao", "amount_fen": 1,
                   "period": "2026-11", "paid_on": "2026-11-15"}, )" +
           fields + "]}";
}

TEST(Disclosures, BadPayoutsAreSkippedOneByOne) {
    const std::string base =
        R"("name": "张三", "community": "c1", "type": "dibao", "period": "2026-11", "paid_on": "2026-11-15")";
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"id": "f", "amount_fen": 12.5, )" + base + "}", "whole number of fen"},
        {R"({"id": "neg", "amount_fen": -1, )" + base + "}", "whole number of fen in 0..10000000000000"},
        {R"({"id": "huge", "amount_fen": 99999999999999, )" + base + "}", "whole number of fen in"},
        {R"({"id": "u", "amount_fen": 18446744063709551616, )" + base + "}", "whole number of fen in"},
        {R"({"id": "x", "amount_fen": 1e3, )" + base + "}", "whole number of fen in"},
        {R"({"id": "d", "amount_fen": 1, "name": "张三", "community": "c1", "type": "dibao", "period": "2026-13", "paid_on": "2026-11-15"})",
         "YYYY-MM"},
        {R"({"id": "e", "amount_fen": 1, "name": "张三", "community": "c1", "type": "dibao", "period": "2026-11", "paid_on": "2026-02-30"})",
         "real date"},
        {R"({"id": "g", "amount_fen": 1, "name": "张三", "community": "nowhere", "type": "dibao", "period": "2026-11", "paid_on": "2026-11-15"})",
         "'community' names no community of the set"},
        {R"({"id": "h", "amount_fen": 1, "name": "", "community": "c1", "type": "dibao", "period": "2026-11", "paid_on": "2026-11-15"})",
         "'name' is empty"},
        {R"({"id": "i", "amount_fen": 1, "name": "张\u0007三", "community": "c1", "type": "dibao", "period": "2026-11", "paid_on": "2026-11-15"})",
         "control or invisible character"},
        {R"({"id": "j", "amount_fen": 1, "name": "张)"
         "\\u202E"
         R"(三", "community": "c1", "type": "dibao", "period": "2026-11", "paid_on": "2026-11-15"})",
         "control or invisible character"},
        {R"({"id": "ok", "amount_fen": 1, )" + base + "}", "duplicate id"},
        {R"("just text")", "not an object"},
    };
    for (const auto& [record, why] : cases) {
        SCOPED_TRACE(record);
        const auto r = parseDisclosures(withPayout(record));
        ASSERT_FALSE(r.fatal);
        EXPECT_EQ(r.set.payouts.size(), 1u);  // the good one still loads
        ASSERT_EQ(r.problems.size(), 1u);
        EXPECT_NE(r.problems[0].find(why), std::string::npos) << r.problems[0];
        EXPECT_NE(r.problems[0].find("payout #2"), std::string::npos) << r.problems[0];
        // Problems go to the log: never a recipient's name.
        EXPECT_EQ(r.problems[0].find("张三"), std::string::npos);
    }
}

// Issue 19: balance_fen 18446744063709551616 was read with get<int64_t>() from an unsigned number
// and showed as −100,000,000.00 元 on 财务公开. Out of range now, whatever its form.
TEST(Disclosures, AnOverflowingBalanceRefusesItsStatementInsteadOfWrapping) {
    for (const char* balance : {"18446744063709551616", "9223372036854775808", "-10000000000001", "1e3", "12.0"}) {
        SCOPED_TRACE(balance);
        const auto r =
            parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
          "finances": [{"community": "c1", "period": "2026-11", "balance_fen": )" +
                             std::string(balance) + R"(, "lines": []}]})");
        EXPECT_TRUE(r.set.finances.empty());
        ASSERT_EQ(r.problems.size(), 1u);
        EXPECT_NE(r.problems[0].find("'balance_fen' must be a whole number of fen in"), std::string::npos);
    }
    const auto big = parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
      "finances": [{"community": "c1", "period": "2026-11", "balance_fen": -10000000000000, "lines": []}]})");
    ASSERT_EQ(big.set.finances.size(), 1u);
    EXPECT_EQ(big.set.finances[0].balanceFen, -10'000'000'000'000);
}

TEST(Disclosures, ASecondNoticeWithTheSameIdIsRefused) {
    const auto r = parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
      "notices": [{"id": "n1", "community": "c1", "period": "2026-11", "title": "真的", "body": "b"},
                  {"id": "n1", "community": "c1", "period": "2026-11", "title": "冒充的", "body": "b"}]})");
    ASSERT_EQ(r.set.notices.size(), 1u);
    EXPECT_EQ(r.set.notices[0].title, "真的");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].find("notice #2 (n1): duplicate id"), std::string::npos) << r.problems[0];
}

// Found by the attacker's review: 922,338 payouts of 10^13 fen each, every one in range, added up
// past INT64_MAX on the payout list (−92,233,640,737,095,516.16 元). A set's amounts stay under
// 10^17 fen together, so every sum a screen makes fits.
TEST(Disclosures, ASetsAmountsTogetherStayFarFromOverflowing) {
    std::string payouts;
    for (int i = 0; i < 10001; ++i) {
        payouts += std::string(i ? "," : "") + R"({"id": "p)" + std::to_string(i) +
                   R"(", "name": "张三", "community": "c1", "type": "t", "amount_fen": 10000000000000,)"
                   R"( "period": "2026-11", "paid_on": "2026-11-15"})";
    }
    const auto r = parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
      "subsidy_types": [{"id": "t", "name": "低保"}], "payouts": [)" +
                                    payouts + "]}");
    EXPECT_EQ(r.set.payouts.size(), 10000u);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].find("payout #10001 (p10000): 'amount_fen' takes the set's total past"), std::string::npos)
        << r.problems[0];
}

TEST(Disclosures, ASecondStatementForTheSameCommunityAndMonthIsRefused) {
    const auto r = parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
      "finances": [{"community": "c1", "period": "2026-11", "balance_fen": 100, "lines": []},
                   {"community": "c1", "period": "2026-11", "balance_fen": 999, "lines": []},
                   {"community": "c1", "period": "2026-10", "balance_fen": 5, "lines": []}]})");
    ASSERT_EQ(r.set.finances.size(), 2u);
    EXPECT_EQ(r.set.finances[0].balanceFen, 100);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].find("finance statement #2"), std::string::npos) << r.problems[0];
}

TEST(Disclosures, UnusableFilesAreFatalNotCrashes) {
    EXPECT_TRUE(parseDisclosures("").fatal);
    EXPECT_TRUE(parseDisclosures("[1,2]").fatal);
    EXPECT_TRUE(parseDisclosures("{\"payouts\": []}").fatal);  // no version
    EXPECT_TRUE(loadDisclosuresFile("/nonexistent.json").fatal);
}

TEST(Disclosures, NoticeImagesStayInsideTheContentFolder) {
    const auto r = parseDisclosures(R"({"version": "v", "updated_at": "x", "communities": [{"id": "c1", "name": "n"}],
      "notices": [{"id": "n1", "community": "c1", "period": "2026-11", "title": "t", "body": "b", "images": ["../secret"]}]})");
    EXPECT_TRUE(r.set.notices.empty());
    ASSERT_EQ(r.problems.size(), 1u);
}

TEST(Disclosures, Dates) {
    EXPECT_TRUE(isValidDate("2024-02-29"));
    EXPECT_FALSE(isValidDate("2025-02-29"));
    EXPECT_FALSE(isValidDate("2025-1-01"));
    EXPECT_TRUE(isValidPeriod("2026-01"));
    EXPECT_FALSE(isValidPeriod("2026-00"));
}

TEST(DemoGenerator, DeterministicAndRoundTripsThroughTheValidator) {
    GeneratorOptions options;
    const DisclosureSet a = generateDisclosures(options);
    const std::string json = disclosuresToJson(a);
    EXPECT_EQ(json, disclosuresToJson(generateDisclosures(options)));
    const auto parsed = parseDisclosures(json);
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front();
    EXPECT_EQ(parsed.set.payouts.size(), a.payouts.size());
    EXPECT_GE(a.payouts.size(), 3000u);
    EXPECT_GE(a.communities.size(), 6u);
    EXPECT_GE(a.subsidyTypes.size(), 10u);
}

TEST(DemoGenerator, TheBundledDemoIsTheGeneratorsOutput) {
    const auto bundled = loadDisclosuresFile(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/disclosures.json");
    ASSERT_FALSE(bundled.fatal);
    EXPECT_TRUE(bundled.problems.empty());
    EXPECT_EQ(bundled.set.version, generateDisclosures({}).version);
    EXPECT_EQ(bundled.set.payouts.size(), generateDisclosures({}).payouts.size());
}

}  // namespace
}  // namespace kiosk::core
