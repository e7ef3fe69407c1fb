// The unattended display's playlist on a fake clock: schedules (days, weekdays, hours),
// durations and priority, an urgent item interrupting the loop, items expiring.
#include "core/playlist.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;

Announcement item(const std::string& id, AnnouncementSchedule schedule = {}) {
    Announcement a;
    a.id = id;
    a.title = id;
    a.body = id;
    a.schedule = std::move(schedule);
    return a;
}

// Monday 23 November 2026, 10:00.
constexpr LocalMoment kMonday10{20261123, 1, 600};

class PlaylistTest : public ::testing::Test {
protected:
    // The id shown `seconds` after the start, updating every second on the way (as frames do).
    std::string at(double seconds, LocalMoment moment = kMonday10) {
        std::optional<std::size_t> shown;
        while (clock_ <= seconds) {
            shown = playlist_.update(items_, moment,
                                     SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{clock_}));
            clock_ += 1.0;
        }
        return shown ? items_[*shown].id : std::string("-");
    }
    std::vector<Announcement> items_;
    Playlist playlist_{Seconds{10}};
    double clock_ = 0;
};

TEST(PlaylistSchedule, DaysWeekdaysAndHoursDecide) {
    AnnouncementSchedule s;
    s.firstDate = 20261101;
    s.lastDate = 20261130;
    s.weekdays = {1, 2, 3, 4, 5};
    s.fromMinute = 8 * 60 + 30;
    s.untilMinute = 17 * 60 + 30;
    const Announcement a = item("office", s);
    EXPECT_TRUE(isScheduled(a, kMonday10));
    EXPECT_FALSE(isScheduled(a, {20261128, 6, 600})) << "Saturday";
    EXPECT_FALSE(isScheduled(a, {20261123, 1, 8 * 60 + 29})) << "before 08:30";
    EXPECT_FALSE(isScheduled(a, {20261123, 1, 17 * 60 + 30})) << "17:30 is the end";
    EXPECT_FALSE(isScheduled(a, {20261201, 2, 600})) << "after the last day";
    EXPECT_TRUE(isScheduled(a, {20261130, 1, 600})) << "the last day counts";
    AnnouncementSchedule night;
    night.fromMinute = 22 * 60;
    night.untilMinute = 6 * 60;
    EXPECT_TRUE(isScheduled(item("night", night), {20261123, 1, 23 * 60}));
    EXPECT_TRUE(isScheduled(item("night", night), {20261123, 1, 5 * 60}));
    EXPECT_FALSE(isScheduled(item("night", night), kMonday10));
    EXPECT_TRUE(isScheduled(item("always"), {20300101, 2, 0}));
}

TEST_F(PlaylistTest, ItemsTakeTurnsForTheirOwnDurations) {
    AnnouncementSchedule longer;
    longer.seconds = 25;
    items_ = {item("a"), item("b", longer), item("c")};
    EXPECT_EQ(at(0), "a");
    EXPECT_EQ(at(9), "a");
    EXPECT_EQ(at(10), "b");
    EXPECT_EQ(at(34), "b");
    EXPECT_EQ(at(35), "c");
    EXPECT_EQ(at(45), "a") << "round again";
    EXPECT_EQ(playlist_.position(), 1u);
    EXPECT_EQ(playlist_.loopLength(), 3u);
    EXPECT_EQ(playlist_.nextChange(), SteadyTime{} + 55s);
}

TEST_F(PlaylistTest, HigherPriorityComesFirst) {
    AnnouncementSchedule high;
    high.priority = 5;
    items_ = {item("a"), item("b"), item("important", high)};
    EXPECT_EQ(at(0), "important");
    EXPECT_EQ(at(10), "a");
    EXPECT_EQ(at(20), "b");
}

TEST_F(PlaylistTest, AnUrgentItemInterruptsAndTheLoopResumesAfterIt) {
    AnnouncementSchedule urgent;
    urgent.urgent = true;
    urgent.fromMinute = 10 * 60 + 1;  // 10:01 to 10:02
    urgent.untilMinute = 10 * 60 + 2;
    items_ = {item("a"), item("b"), item("water_cut", urgent)};
    EXPECT_EQ(at(0), "a");
    EXPECT_EQ(at(12), "b");
    // 10:01: the urgent item takes over at once, mid-slide, and stays for its whole window.
    const LocalMoment tenOhOne{20261123, 1, 601};
    EXPECT_EQ(at(13, tenOhOne), "water_cut");
    EXPECT_EQ(playlist_.loopLength(), 1u);
    EXPECT_EQ(at(40, tenOhOne), "water_cut");
    // 10:02: its window is over; the item it interrupted shows again, then the loop goes on.
    const LocalMoment tenOhTwo{20261123, 1, 602};
    EXPECT_EQ(at(41, tenOhTwo), "b");
    EXPECT_EQ(at(51, tenOhTwo), "a");
}

TEST_F(PlaylistTest, AnItemThatExpiresLeavesTheLoopAtOnce) {
    AnnouncementSchedule untilSunday;
    untilSunday.lastDate = 20261122;
    items_ = {item("a"), item("old", untilSunday), item("c")};
    const LocalMoment sunday{20261122, 7, 23 * 60 + 59};
    EXPECT_EQ(at(0, sunday), "a");
    EXPECT_EQ(at(10, sunday), "old");
    // Midnight passes while it shows: it goes, the loop moves on.
    EXPECT_EQ(at(11, kMonday10), "a");
    EXPECT_EQ(playlist_.loopLength(), 2u);
    EXPECT_EQ(at(21, kMonday10), "c");
}

TEST_F(PlaylistTest, NothingScheduledShowsNothing) {
    AnnouncementSchedule weekend;
    weekend.weekdays = {6, 7};
    items_ = {item("a", weekend)};
    EXPECT_EQ(at(0), "-");
    EXPECT_EQ(playlist_.position(), 0u);
    EXPECT_EQ(playlist_.nextChange(), SteadyTime::max());
}

TEST(PlaylistParsing, ScheduleFieldsAreReadAndCheckedOneRecordAtATime) {
    const AnnouncementLoadResult r = parseAnnouncements(R"({"announcements": [
        {"id": "ok", "title": "t", "body": "b", "start": "2026-11-01", "end": "2026-11-30",
         "weekdays": [1, 2, 3, 4, 5], "from": "08:30", "until": "17:30", "seconds": 20, "priority": 3,
         "urgent": true},
        {"id": "bad-date", "title": "t", "body": "b", "start": "2026-13-01"},
        {"id": "backwards", "title": "t", "body": "b", "start": "2026-11-30", "end": "2026-11-01"},
        {"id": "bad-day", "title": "t", "body": "b", "weekdays": [0]},
        {"id": "half-window", "title": "t", "body": "b", "from": "08:30"},
        {"id": "too-long", "title": "t", "body": "b", "seconds": 3600},
        {"id": "plain", "title": "t", "body": "b"}]})",
                                                        "/images");
    ASSERT_EQ(r.items.size(), 2u);
    const AnnouncementSchedule& s = r.items[0].schedule;
    EXPECT_EQ(s.firstDate, 20261101);
    EXPECT_EQ(s.lastDate, 20261130);
    EXPECT_EQ(s.weekdays, (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(s.fromMinute, 510);
    EXPECT_EQ(s.untilMinute, 1050);
    EXPECT_EQ(s.seconds, 20);
    EXPECT_EQ(s.priority, 3);
    EXPECT_TRUE(s.urgent);
    EXPECT_EQ(r.items[1].id, "plain");
    EXPECT_FALSE(r.items[1].schedule.urgent);
    ASSERT_EQ(r.problems.size(), 5u);
    EXPECT_NE(r.problems[0].find("'start'"), std::string::npos) << r.problems[0];
    EXPECT_NE(r.problems[1].find("before"), std::string::npos) << r.problems[1];
}

}  // namespace
}  // namespace kiosk::core
