// The display schedule: the opening hours as the operator writes them, and what the unattended
// display does inside and outside them (also across midnight).
#include "core/display_schedule.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

LocalMoment at(int hour, int minute) {
    return LocalMoment{20261123, 1, hour * 60 + minute};
}

TEST(DisplaySchedule, OpeningHoursParseAndBadOnesAreRefused) {
    const auto hours = parseDisplayHours("07:30-20:00");
    ASSERT_TRUE(hours.has_value());
    EXPECT_EQ(hours->fromMinute, 450);
    EXPECT_EQ(hours->untilMinute, 1200);
    for (const char* bad :
         {"", "7:30-20:00", "07:30-07:30", "07:30 20:00", "25:00-20:00", "07:60-20:00", "07:30-20:0x"})
        EXPECT_FALSE(parseDisplayHours(bad).has_value()) << bad;
    EXPECT_EQ(displayModeFromName("dim"), DisplayMode::Dim);
    EXPECT_EQ(displayModeFromName("blank"), DisplayMode::Blank);
    EXPECT_FALSE(displayModeFromName("off").has_value());
}

TEST(DisplaySchedule, InsideTheHoursOnOutsideDimmedOrBlank) {
    const auto hours = parseDisplayHours("07:30-20:00");
    EXPECT_EQ(displayModeAt(hours, DisplayMode::Dim, at(7, 29)), DisplayMode::Dim);
    EXPECT_EQ(displayModeAt(hours, DisplayMode::Dim, at(7, 30)), DisplayMode::On);
    EXPECT_EQ(displayModeAt(hours, DisplayMode::Dim, at(19, 59)), DisplayMode::On);
    EXPECT_EQ(displayModeAt(hours, DisplayMode::Blank, at(20, 0)), DisplayMode::Blank);
    EXPECT_EQ(displayModeAt(std::nullopt, DisplayMode::Blank, at(3, 0)), DisplayMode::On) << "no hours: always on";
    const auto night = parseDisplayHours("18:00-02:00");  // an evening hall
    EXPECT_EQ(displayModeAt(night, DisplayMode::Dim, at(1, 0)), DisplayMode::On);
    EXPECT_EQ(displayModeAt(night, DisplayMode::Dim, at(12, 0)), DisplayMode::Dim);
}

}  // namespace
}  // namespace kiosk::core
