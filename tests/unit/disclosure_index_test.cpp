#include "core/disclosure_index.h"

#include <gtest/gtest.h>

#include "core/demo_content_generator.h"
#include "core/money_text.h"
#include "core/name_mask.h"

namespace kiosk::core {
namespace {

TEST(NameMask, KeepsFirstAndLastCharacter) {
    EXPECT_EQ(maskName("王大华"), "王*华");
    EXPECT_EQ(maskName("王华"), "王*");
    EXPECT_EQ(maskName("欧阳小明"), "欧**明");
    EXPECT_EQ(maskName("王"), "*");
    EXPECT_EQ(maskName(""), "");
    EXPECT_EQ(maskPhone("13800138000"), "138****8000");
    EXPECT_EQ(maskPhone("123"), "***");
}

TEST(MoneyText, ThousandsSeparatorsAndFen) {
    EXPECT_EQ(formatYuan(0), "0.00");
    EXPECT_EQ(formatYuan(5), "0.05");
    EXPECT_EQ(formatYuan(85000), "850.00");
    EXPECT_EQ(formatYuan(123456789), "1,234,567.89");
    EXPECT_EQ(formatYuan(-500), "-5.00");
    EXPECT_EQ(formatYuan(100000000), "1,000,000.00");
}

TEST(DisclosureIndex, ListsTotalsAndPeriodsOfTheDemoSet) {
    const DisclosureIndex index(generateDisclosures({}));
    ASSERT_EQ(index.periods().size(), 12u);
    EXPECT_EQ(index.periods().front(), "2026-11");
    EXPECT_EQ(index.periods().back(), "2025-12");
    EXPECT_EQ(index.communityIdByName("幸福里社区"), "xingfuli");

    const auto& list = index.payouts("xingfuli", "2026-11");
    ASSERT_FALSE(list.empty());
    std::int64_t sum = 0;
    for (const Payout* p : list) {
        EXPECT_EQ(p->communityId, "xingfuli");
        EXPECT_EQ(p->period, "2026-11");
        sum += p->amountFen;
    }
    std::int64_t totalsSum = 0;
    std::size_t totalsCount = 0;
    for (const TypeTotal& t : index.totals("xingfuli", "2026-11")) {
        totalsSum += t.amountFen;
        totalsCount += t.count;
        EXPECT_EQ(index.payouts("xingfuli", "2026-11", t.typeId).size(), t.count);
    }
    EXPECT_EQ(totalsSum, sum);
    EXPECT_EQ(totalsCount, list.size());
    EXPECT_TRUE(index.payouts("nowhere", "2026-11").empty());
    ASSERT_NE(index.finance("xingfuli", "2026-11"), nullptr);
    EXPECT_EQ(index.notices("xingfuli", "2026-11").size(), 2u);
}

}  // namespace
}  // namespace kiosk::core
