#include "core/phone_number.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(PhoneNumber, ValidatesMainlandMobiles) {
    EXPECT_EQ(checkMobile("13800138000"), PhoneCheck::Valid);
    EXPECT_EQ(checkMobile("19912345678"), PhoneCheck::Valid);
    EXPECT_EQ(checkMobile(""), PhoneCheck::Empty);
    EXPECT_EQ(checkMobile("1380013800"), PhoneCheck::TooShort);
    EXPECT_EQ(checkMobile("12800138000"), PhoneCheck::NotAMobile);  // 12x is not a mobile prefix
    EXPECT_EQ(checkMobile("23800138000"), PhoneCheck::NotAMobile);
    EXPECT_EQ(checkMobile("1380013800a"), PhoneCheck::NotAMobile);
    EXPECT_EQ(checkMobile("138001380001"), PhoneCheck::NotAMobile);
}

TEST(PhoneNumber, GroupsAsItGrows) {
    EXPECT_EQ(groupMobile("13800138000"), "138 0013 8000");
    EXPECT_EQ(groupMobile("138"), "138");
    EXPECT_EQ(groupMobile("1380"), "138 0");
    EXPECT_EQ(groupMobile("13800138"), "138 0013 8");
    EXPECT_EQ(groupMobile(""), "");
}

TEST(PhoneNumber, TypingStopsAtElevenDigits) {
    std::string digits;
    for (char c : std::string("138001380009")) appendDigit(digits, c);
    EXPECT_EQ(digits, "13800138000");
    EXPECT_FALSE(appendDigit(digits, '1'));
    std::string other;
    EXPECT_FALSE(appendDigit(other, 'x'));
    EXPECT_STREQ(phoneCheckMessageKey(PhoneCheck::TooShort), "phone.too_short");
    EXPECT_STREQ(phoneCheckMessageKey(PhoneCheck::Valid), "");
}

}  // namespace
}  // namespace kiosk::core
