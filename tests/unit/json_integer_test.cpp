#include "core/json_integer.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using nlohmann::json;

TEST(JsonInteger, AnUnsignedValuePastInt64NeverWrapsIntoRange) {
    // Issue 19: balance_fen 18446744063709551616 read with get<int64_t>() showed −100,000,000.00 元.
    const json balance = json::parse("18446744063709551616");
    ASSERT_TRUE(balance.is_number_unsigned());
    EXPECT_EQ(jsonInteger(balance, kSignedFenRange), std::nullopt);
    EXPECT_EQ(jsonInteger(json::parse("18446744073709551615"), kSignedFenRange), std::nullopt);
    EXPECT_EQ(jsonInteger(json::parse("9223372036854775807"), kFenRange), std::nullopt);
}

TEST(JsonInteger, KeepsTheRangeAtBothEnds) {
    EXPECT_EQ(jsonInteger(json(0), kFenRange), 0);
    EXPECT_EQ(jsonInteger(json(10'000'000'000'000LL), kFenRange), 10'000'000'000'000LL);
    EXPECT_EQ(jsonInteger(json(10'000'000'000'001LL), kFenRange), std::nullopt);
    EXPECT_EQ(jsonInteger(json(-1), kFenRange), std::nullopt);
    EXPECT_EQ(jsonInteger(json(-10'000'000'000'000LL), kSignedFenRange), -10'000'000'000'000LL);
    EXPECT_EQ(jsonInteger(json(-10'000'000'000'001LL), kSignedFenRange), std::nullopt);
    EXPECT_EQ(jsonInteger(json::parse("-9223372036854775808"), kSignedFenRange), std::nullopt);
}

TEST(JsonInteger, FloatsExponentsAndTextAreNotWholeNumbers) {
    for (const char* text : {"1.0", "1e3", "1E2", "-0.0", "\"12\"", "true", "null", "[1]"}) {
        EXPECT_EQ(jsonInteger(json::parse(text), IntegerRange{-100000, 100000}), std::nullopt) << text;
    }
}

TEST(JsonInteger, ReadsAKeyOfAnObject) {
    const json record = json::parse(R"({"seconds": 30, "priority": 12})");
    EXPECT_EQ(jsonInteger(record, "seconds", {3, 600}), 30);
    EXPECT_EQ(jsonInteger(record, "priority", {0, 9}), std::nullopt);
    EXPECT_EQ(jsonInteger(record, "missing", {0, 9}), std::nullopt);
    EXPECT_EQ(jsonInteger(json::array(), "seconds", {0, 9}), std::nullopt);
}

}  // namespace
}  // namespace kiosk::core
