// Today's use counts: what is counted, a new day from zero, and a restart that keeps the day.
#include "app/usage_counters.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace kiosk {
namespace {

TEST(DailyCounters, CountsVisitsScreensAndCasesAndANewDayStartsAtZero) {
    core::DailyCounters c;
    c.visit("2026-11-22");
    c.visit("2026-11-22");
    c.openScreen("2026-11-22", "payouts");
    c.openScreen("2026-11-22", "payouts");
    c.openScreen("2026-11-22", "track_case");
    c.openScreen("2026-11-22", "Not A Screen!");  // only names the app gives are counted
    c.fileCase("2026-11-22", "env");
    const nlohmann::json j = nlohmann::json::parse(c.toJson());
    EXPECT_EQ(j["date"], "2026-11-22");
    EXPECT_EQ(j["visits"], 2);
    EXPECT_EQ(j["visits_by_screen"], (nlohmann::json{{"payouts", 2}, {"track_case", 1}}));
    EXPECT_EQ(j["cases_by_category"], (nlohmann::json{{"env", 1}}));

    c.visit("2026-11-23");
    EXPECT_EQ(c.date(), "2026-11-23");
    EXPECT_EQ(c.visits(), 1);
    EXPECT_TRUE(c.visitsByScreen().empty());
    EXPECT_TRUE(c.casesByCategory().empty());
}

TEST(DailyCounters, OnlyWhatToJsonWroteIsRestored) {
    core::DailyCounters c;
    c.visit("2026-11-22");
    c.fileCase("2026-11-22", "traffic");
    c.printSlip("2026-11-22");
    c.selfQuery("2026-11-22");
    c.selfQuery("2026-11-22");
    const auto back = core::DailyCounters::fromJson(c.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->toJson(), c.toJson());
    EXPECT_EQ(back->slipsPrinted(), 1);
    EXPECT_EQ(back->selfQueries(), 2);
    c.printSlip("2026-11-23");
    EXPECT_EQ(c.slipsPrinted(), 1) << "a new day counts from zero";
    EXPECT_EQ(c.selfQueries(), 0) << "a new day counts from zero";
    for (const char* bad : {"", "{", "[]", R"({"date":"yesterday","visits":1})", R"({"date":"2026-11-22","visits":-3})",
                            R"({"date":"2026-11-22"})"}) {
        EXPECT_FALSE(core::DailyCounters::fromJson(bad).has_value()) << bad;
    }
    const auto odd = core::DailyCounters::fromJson(
        R"({"date":"2026-11-22","visits":2,"visits_by_screen":{"home":3,"BAD KEY":9,"payouts":"x"}})");
    ASSERT_TRUE(odd.has_value());
    EXPECT_EQ(odd->visitsByScreen().size(), 1u) << "bad entries are dropped alone";
}

TEST(UsageCounters, TheDaySurvivesARestartAndTheHeartbeatReadsTheCounts) {
    const auto dir = std::filesystem::temp_directory_path() / ("usage-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "usage_counters.json").string();
    std::filesystem::remove(path);
    {
        UsageCounters usage(path, "2026-11-22");
        const auto read = usage.reader();
        EXPECT_EQ(read(), "") << "nothing counted yet";
        usage.visit("2026-11-22");
        usage.fileCase("2026-11-22", "env");
        EXPECT_EQ(nlohmann::json::parse(read())["cases_by_category"]["env"], 1);
        usage.saveIfChanged();
    }
    {
        UsageCounters sameDay(path, "2026-11-22");
        EXPECT_EQ(sameDay.counts().visits(), 1);
        EXPECT_EQ(sameDay.counts().casesByCategory().at("env"), 1);
        sameDay.visit("2026-11-22");
    }  // written as the app goes
    EXPECT_EQ(UsageCounters(path, "2026-11-22").counts().visits(), 2);
    EXPECT_EQ(UsageCounters(path, "2026-11-23").counts().visits(), 0) << "another day starts at zero";
    std::ofstream(path) << "garbage";
    EXPECT_EQ(UsageCounters(path, "2026-11-22").counts().visits(), 0);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kiosk
