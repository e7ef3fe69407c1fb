#include "core/coach_trail.h"

#include <gtest/gtest.h>

#include <set>

namespace kiosk::core {
namespace {

std::vector<CoachMark> marksOf(const std::string& script) {
    const auto parsed = parseUiScript(script);
    EXPECT_TRUE(parsed.ok());
    return coachMarksOf(parsed.steps);
}

TEST(UiScript, SayNamesANarration) {
    const auto r = parseUiScript("say demo.tour.home\nsay\n");
    ASSERT_EQ(r.steps.size(), 1u);
    EXPECT_EQ(std::get<SayStep>(r.steps[0].action).key, "demo.tour.home");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("line 2"), std::string::npos);
}

TEST(CoachTrail, EachTapCarriesTheNarrationSaidBeforeItOnce) {
    const auto marks = marksOf(
        "say demo.tour.home\n"
        "wait 1\n"
        "tap home.tile.case\n"
        "say demo.tour.contact\n"
        "tap case.phone.key.1\n"
        "tap case.phone.key.3\n"
        "expect text 1\n");
    ASSERT_EQ(marks.size(), 3u);
    EXPECT_EQ(marks[0].target, "home.tile.case");
    EXPECT_EQ(marks[0].hintKey, "demo.tour.home");
    EXPECT_EQ(marks[1].hintKey, "demo.tour.contact");
    EXPECT_EQ(marks[2].target, "case.phone.key.3");
    EXPECT_EQ(marks[2].hintKey, "");  // the next digit needs no new words
}

TEST(CoachTrail, RingsTheNextTargetOnScreenAndFollowsTheResident) {
    CoachTrail trail(marksOf("tap home.tile.case\ntap case.kind.complaint\ntap case.next\ntap case.next\n"));
    std::set<std::string> screen{"home.tile.case", "home.tile.track"};
    auto drawn = [&](const std::string& t) { return screen.count(t) > 0; };
    EXPECT_EQ(trail.find(drawn), 0u);
    trail.tapped(0);
    screen = {"case.kind.complaint", "case.kind.report", "case.next"};
    // The kind comes first though 下一步 is drawn too.
    EXPECT_EQ(trail.find(drawn), 1u);
    trail.tapped(1);
    EXPECT_EQ(trail.find(drawn), 2u);
    trail.tapped(2);
    EXPECT_EQ(trail.find(drawn), 3u);  // the second 下一步, on the next step
    // The resident went home: the trail starts over from the tile.
    screen = {"home.tile.case"};
    EXPECT_EQ(trail.find(drawn), 0u);
    // Somewhere the demonstration never goes: no ring.
    screen = {"scan.back"};
    EXPECT_FALSE(trail.find(drawn).has_value());
}

TEST(CoachTrail, ASkippedStepIsPassedOver) {
    CoachTrail trail(marksOf("tap a\ntap b\ntap c\n"));
    std::set<std::string> screen{"c"};
    auto drawn = [&](const std::string& t) { return screen.count(t) > 0; };
    EXPECT_EQ(trail.find(drawn), 2u);
    trail.tapped(2);
    EXPECT_EQ(trail.position(), 3u);
    screen = {};
    EXPECT_FALSE(trail.find(drawn).has_value());
}

}  // namespace
}  // namespace kiosk::core
