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
    ASSERT_GE(r.guides.size(), 3u) << "使用指南: filing, tracking, scanning";
    EXPECT_TRUE(r.guides[0].demonstration) << "the filing topic offers the demonstration";
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

TEST(Announcements, GuidesLoadAndBadOnesAreSkipped) {
    const auto r = parseAnnouncements(R"({"guides": [
        {"id": "g1", "title": "反映问题", "icon": "report", "demonstration": true, "steps": ["点“我要反映”。", "选类别。"]},
        {"id": "g2", "title": "扫码", "steps": ["对着摄像头。"]},
        {"id": "g3", "title": "标题太长了标题太长了标题", "steps": ["x"]},
        {"id": "g4", "title": "t", "icon": "rocket", "steps": ["x"]},
        {"id": "g5", "title": "t", "steps": []},
        {"id": "g6", "title": "t", "steps": ["两行\n步骤"]},
        {"id": "g7", "title": "t", "steps": ["这一步写得太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长"]},
        {"id": "g8", "title": "t", "steps": ["x"], "demonstration": "yes"},
        {"id": "g9", "title": "t", "steps": [7]}
    ]})",
                                      "/img");
    EXPECT_TRUE(r.items.empty());
    ASSERT_EQ(r.guides.size(), 2u);
    EXPECT_EQ(r.guides[0].icon, "report");
    EXPECT_TRUE(r.guides[0].demonstration);
    EXPECT_EQ(r.guides[0].steps.size(), 2u);
    EXPECT_FALSE(r.guides[1].demonstration);
    EXPECT_EQ(r.guides[1].icon, "");
    ASSERT_EQ(r.problems.size(), 7u);
    EXPECT_NE(r.problems[0].find("guide #3: 'title' is longer than 10"), std::string::npos) << r.problems[0];
    EXPECT_NE(r.problems[1].find("guide #4: 'icon' is not one of"), std::string::npos) << r.problems[1];
    EXPECT_NE(r.problems[2].find("guide #5: 'steps' must hold 1 to 6"), std::string::npos) << r.problems[2];
    EXPECT_NE(r.problems[3].find("guide #6: step 1: 'step' must be one line"), std::string::npos) << r.problems[3];
    EXPECT_NE(r.problems[4].find("guide #7: step 1: 'step' is longer than 40"), std::string::npos) << r.problems[4];
    EXPECT_NE(r.problems[5].find("guide #8: 'demonstration'"), std::string::npos) << r.problems[5];
    EXPECT_NE(r.problems[6].find("guide #9: step 1: 'step' is not text"), std::string::npos) << r.problems[6];
    EXPECT_EQ(parseAnnouncements(R"({"guides": {}})", "/").problems.size(), 1u);
}

// Issue 19: a later record under an id already used in the feed is refused — it could replace or
// shadow the platform's own notice — and text that is not text (bidi, zero-width) refuses its record.
TEST(Announcements, DuplicateIdsAndInvisibleCharactersRefuseTheirRecord) {
    const auto r = parseAnnouncements(R"({"announcements": [
        {"id": "a", "title": "真通知", "body": "内容"},
        {"id": "a", "title": "假通知", "body": "内容"},
        {"id": "b", "title": "通知)"
                                      "\\u202E"
                                      R"(反", "body": "内容"},
        {"id": "c", "title": "通知", "body": "零)"
                                      "\\u200B"
                                      R"(宽"}],
      "slogans": [{"id": "s", "text": "一"}, {"id": "s", "text": "二"}, {"id": "t", "text": ")"
                                      "\\uFEFF"
                                      R"(三"}],
      "guides": [{"id": "g", "title": "指南", "steps": ["一"]}, {"id": "g", "title": "又一个", "steps": ["二"]}]})",
                                      "/img");
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_EQ(r.items[0].title, "真通知");
    ASSERT_EQ(r.slogans.size(), 1u);
    EXPECT_EQ(r.slogans[0].text, "一");
    ASSERT_EQ(r.guides.size(), 1u);
    EXPECT_EQ(r.guides[0].title, "指南");
    const std::vector<std::string> expected{
        "slogan #2: 'id' repeats an earlier record's, skipped",
        "slogan #3: 'text' holds a control or invisible character (character 1), skipped",
        "guide #2: 'id' repeats an earlier record's, skipped",
        "announcement #2: 'id' repeats an earlier record's, skipped",
        "announcement #3: 'title' holds a control or invisible character (character 3), skipped",
        "announcement #4: 'body' holds a control or invisible character (character 2), skipped"};
    EXPECT_EQ(r.problems, expected);
}

TEST(Announcements, MalformedJsonIsAProblemNotACrash) {
    EXPECT_EQ(parseAnnouncements("{\"announcements\": [", "/").problems.size(), 1u);
    EXPECT_EQ(parseAnnouncements("42", "/").problems.size(), 1u);
    EXPECT_EQ(loadAnnouncementsFile("/nonexistent.json", "/").problems.size(), 1u);
}

}  // namespace
}  // namespace kiosk::core
