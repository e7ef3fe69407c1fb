#include "core/announcements.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(Announcements, BundledDemoLoadsWithoutProblems) {
    const std::string demo = std::string(KIOSK_SOURCE_DIR) + "/assets/demo";
    const auto r = loadAnnouncementsFile(demo + "/announcements.json", demo + "/images");
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    ASSERT_GE(r.items.size(), 3u);
    EXPECT_EQ(r.items[0].imagePath, demo + "/images/platform_launch.png");
    EXPECT_GE(r.slogans.size(), 3u) << "the unattended display's strip has something to run";
}

TEST(Announcements, InvalidRecordsAreSkippedAndTheRestLoads) {
    const auto r = parseAnnouncements(R"({"announcements": [
        {"id": "ok", "title": "通知", "body": "内容"},
        {"id": "no-title", "body": "内容"},
        {"id": "long", "title": "这是一个非常非常非常非常非常非常非常非常非常非常非常非常长的标题，超过四十个字的限制了吧？", "body": "x"},
        {"id": "escape", "title": "t", "body": "b", "image": "../../etc/passwd"},
        {"id": "bad-utf8", "title": "\u00ff", "body": "b", "image": 7},
        "not an object"
    ]})",
                                      "/img");
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_EQ(r.items[0].id, "ok");
    ASSERT_EQ(r.problems.size(), 5u);
    EXPECT_NE(r.problems[0].find("#2: missing 'title'"), std::string::npos);
    EXPECT_NE(r.problems[1].find("longer than 40"), std::string::npos);
    EXPECT_NE(r.problems[2].find("inside the content folder"), std::string::npos);
    EXPECT_NE(r.problems[3].find("'image' is not text"), std::string::npos);
}

TEST(Announcements, SlogansLoadWithTheirSchedulesAndBadOnesAreSkipped) {
    const auto r = parseAnnouncements(R"({"announcements": [], "slogans": [
        {"id": "s1", "text": "阳光公开，群众监督"},
        {"id": "s2", "text": "周末", "weekdays": [6, 7]},
        {"id": "s3", "text": "这是一条超过六十个字的标语这是一条超过六十个字的标语这是一条超过六十个字的标语这是一条超过六十个字的标语这是一条超过六十个字的标语"},
        {"id": "s4", "text": "两行\n标语"},
        {"id": "s5"},
        {"id": "s6", "text": "t", "from": "08:00"},
        7
    ]})",
                                      "/img");
    ASSERT_EQ(r.slogans.size(), 2u);
    EXPECT_EQ(r.slogans[0].text, "阳光公开，群众监督");
    EXPECT_EQ(r.slogans[1].schedule.weekdays, (std::vector<int>{6, 7}));
    ASSERT_EQ(r.problems.size(), 5u);
    EXPECT_NE(r.problems[0].find("slogan #3: 'text' is longer than 60"), std::string::npos) << r.problems[0];
    EXPECT_NE(r.problems[1].find("slogan #4: 'text' must be one line"), std::string::npos) << r.problems[1];
    EXPECT_NE(r.problems[2].find("slogan #5: missing 'text'"), std::string::npos) << r.problems[2];
    EXPECT_NE(r.problems[3].find("'from' and 'until' go together"), std::string::npos) << r.problems[3];
    EXPECT_NE(r.problems[4].find("slogan #7: not an object"), std::string::npos) << r.problems[4];
    EXPECT_EQ(parseAnnouncements(R"({"announcements": [], "slogans": {}})", "/").problems.size(), 1u);
}

TEST(Announcements, MalformedJsonIsAProblemNotACrash) {
    EXPECT_EQ(parseAnnouncements("{\"announcements\": [", "/").problems.size(), 1u);
    EXPECT_EQ(parseAnnouncements("42", "/").problems.size(), 1u);
    EXPECT_EQ(loadAnnouncementsFile("/nonexistent.json", "/").problems.size(), 1u);
}

}  // namespace
}  // namespace kiosk::core
