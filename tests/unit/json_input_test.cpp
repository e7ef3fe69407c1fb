#include "core/json_input.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

std::string nested(int levels) {
    return std::string(static_cast<std::size_t>(levels), '[') + std::string(static_cast<std::size_t>(levels), ']');
}

TEST(JsonInput, ReadsAnOrdinaryDocument) {
    const JsonInput in = readJson(R"({"kind":"payouts","record":{"name":"王小华","lines":[[1,2]]}})");
    ASSERT_TRUE(in.ok()) << in.problem;
    EXPECT_EQ(in.value["record"]["name"], "王小华");
}

TEST(JsonInput, RefusesNestingPastTheLimitWithoutWalkingIt) {
    // The attack of issue 19: one record nested 60,000 levels (~120 KB) overflowed the stack when
    // re-serialised. Refused before nlohmann builds anything.
    const JsonInput deep = readJson(R"({"kind":"announcements","record":)" + nested(60000) + "}");
    EXPECT_FALSE(deep.ok());
    EXPECT_TRUE(deep.value.is_discarded());
    EXPECT_EQ(deep.problem, "nested deeper than 32 levels at byte offset 64");
    EXPECT_TRUE(readJson(nested(32)).ok());
    EXPECT_FALSE(readJson(nested(33)).ok());
}

TEST(JsonInput, BracketsInsideStringsDoNotCount) {
    const std::string text =
        R"({"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{"})";
    const JsonInput in = readJson(text);
    ASSERT_TRUE(in.ok()) << in.problem;
    EXPECT_EQ(in.value["a"].get<std::string>().size(), 40u + 1u + 38u);
}

TEST(JsonInput, NamesTheOffsetOfInvalidUtf8AndNeverQuotesTheText) {
    const JsonInput in = readJson("{\"name\":\"李小明\xff 13912345678\"}");
    EXPECT_FALSE(in.ok());
    EXPECT_EQ(in.problem, "invalid UTF-8 at byte offset 18");
}

TEST(JsonInput, SyntaxErrorsNameAnOffsetNotTheText) {
    const JsonInput in = readJson(R"({"phone":"13912345678",})");
    EXPECT_FALSE(in.ok());
    EXPECT_EQ(in.problem.find("13912345678"), std::string::npos);
    EXPECT_NE(in.problem.find("syntax error at byte offset"), std::string::npos);
    EXPECT_FALSE(readJson("").ok());
    EXPECT_FALSE(readJson("1e400").ok());  // out of double's range: nlohmann throws out_of_range
}

}  // namespace
}  // namespace kiosk::core
