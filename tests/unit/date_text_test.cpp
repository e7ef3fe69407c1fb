#include "core/date_text.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

namespace kiosk::core {
namespace {

class DateTextTest : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("TZ", "Asia/Shanghai", 1);
        tzset();
    }
};

TEST_F(DateTextTest, ChineseTopBar) {
    DateTextStyle style{"{year}年{month}月{day}日 {weekday} {time}",
                        {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}};
    // 2026-11-22 20:05:00 +08:00 is a Sunday.
    const WallTime t = std::chrono::system_clock::from_time_t(1795349100);
    EXPECT_EQ(formatTopBarDateTime(t, style), "2026年11月22日 星期日 20:05");
}

TEST_F(DateTextTest, W3cDateTimeCarriesTheLocalOffset) {
    const WallTime t = std::chrono::system_clock::from_time_t(1795349100);
    EXPECT_EQ(formatW3cDateTime(t), "2026-11-22T20:05:00+08:00");
    setenv("TZ", "America/St_Johns", 1);  // a half-hour offset west of UTC
    tzset();
    EXPECT_EQ(formatW3cDateTime(t), "2026-11-22T08:35:00-03:30");
}

TEST_F(DateTextTest, NextMinute) {
    const WallTime t = std::chrono::system_clock::from_time_t(1795349100) + std::chrono::seconds(17);
    EXPECT_EQ(nextMinuteBoundary(t), std::chrono::system_clock::from_time_t(1795349160));
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk::core {
namespace {

TEST_F(DateTextTest, DaysSinceAStamp) {
    const WallTime now = std::chrono::system_clock::from_time_t(1795349100);  // 2026-11-22 20:05 +08:00
    EXPECT_EQ(daysSince("2026-11-20 08:00", now), 2);
    EXPECT_EQ(daysSince("2026-11-22", now), 0);
    EXPECT_EQ(daysSince("2025-11-22", now), 365);
    EXPECT_EQ(daysSince("2026-11-30", now), -8);
    EXPECT_FALSE(daysSince("2026-02-30", now).has_value());
    EXPECT_FALSE(daysSince("soon", now).has_value());
}

}  // namespace
}  // namespace kiosk::core
