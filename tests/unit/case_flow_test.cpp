#include "core/case_flow.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

CaseCatalog testCatalog() {
    auto load = parseCaseCatalog(R"({
      "categories": [
        {"code": "env", "name": "环境卫生", "kinds": ["complaint", "advice"], "scope": "垃圾。"},
        {"code": "conduct", "name": "干部作风", "kinds": ["complaint", "report"], "scope": "作风。"},
        {"code": "wages", "name": "工资拖欠", "kinds": ["complaint"], "scope": "工资。",
         "transfer": {"department": "区人力资源和社会保障局", "hotline": "12333"}},
        {"code": "consumer", "name": "消费购物", "kinds": ["complaint"], "scope": "消费。",
         "questions": [
           {"code": "where_bought", "text": "在哪里买的？", "kind": "single", "required": true,
            "options": [{"key": "shop", "name": "商店超市"}, {"key": "online", "name": "网上"}]},
           {"code": "problems", "text": "是什么问题？", "kind": "multi",
            "options": [{"key": "quality", "name": "质量不好"}, {"key": "expired", "name": "过期变质"},
                        {"key": "refund", "name": "不给退换"}]}]}
      ],
      "communities": [
        {"id": "xingfuli", "name": "幸福里社区", "places": ["1号楼", "社区广场"]},
        {"id": "hepan", "name": "河畔村", "places": ["村委会"]}
      ]
    })");
    return *load.catalog;
}

// Answers every step of a complaint and stops on the review.
void fileComplaint(CaseFlow& flow) {
    flow.chooseKind(CaseKind::Complaint);
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.chooseCategory("env"));
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.chooseCommunity("xingfuli"));
    ASSERT_TRUE(flow.choosePlace("社区广场"));
    ASSERT_TRUE(flow.next());
    flow.setDescription("垃圾好几天没人清运");
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.next());  // no photo
    flow.choosePhone("13800138000");
    ASSERT_TRUE(flow.next());
    ASSERT_EQ(flow.step(), CaseStep::Review);
}

TEST(CaseFlow, AComplaintGoesThroughSevenStepsToTheReview) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    EXPECT_EQ(flow.stepNumber(), 1);
    fileComplaint(flow);
    EXPECT_EQ(flow.stepCount(), kCaseStepCount - 1) << "env asks no questions of its own";
    EXPECT_EQ(flow.stepNumber(), flow.stepCount());
    EXPECT_EQ(flow.problem(), StepProblem::None);
    EXPECT_FALSE(flow.firstUnfinishedStep().has_value());
    EXPECT_FALSE(flow.next()) << "nothing after the review: submitting is the outbox's";
}

TEST(CaseFlow, RequiredStepsRefuseToMoveOnAndSayWhy) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    EXPECT_EQ(flow.problem(), StepProblem::ChooseKind);
    EXPECT_FALSE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Kind);
    flow.chooseKind(CaseKind::Report);
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.problem(), StepProblem::ChooseCategory);
    EXPECT_FALSE(flow.chooseCategory("env")) << "环境卫生 takes no 举报";
    EXPECT_FALSE(flow.chooseCategory("nonsense"));
    EXPECT_FALSE(flow.next());
    ASSERT_TRUE(flow.chooseCategory("conduct"));
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.problem(), StepProblem::ChooseCommunity);
    EXPECT_FALSE(flow.choosePlace("1号楼")) << "a place belongs to a community";
    ASSERT_TRUE(flow.chooseCommunity("xingfuli"));
    EXPECT_EQ(flow.problem(), StepProblem::ChoosePlace);
    EXPECT_FALSE(flow.choosePlace("村委会")) << "not in this community's list";
    EXPECT_FALSE(flow.next());
    ASSERT_TRUE(flow.typePlace("  小区北门外的空地 \n"));
    EXPECT_EQ(flow.draft().place, "小区北门外的空地");
    EXPECT_TRUE(flow.draft().placeTyped);
    ASSERT_TRUE(flow.next());
    flow.setDescription("好");
    EXPECT_EQ(flow.problem(), StepProblem::DescriptionTooShort);
    EXPECT_FALSE(flow.next());
    flow.setDescription("办事要好处");
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.problem(), StepProblem::ChooseContact);
    flow.choosePhone("1380013");
    EXPECT_EQ(flow.problem(), StepProblem::PhoneIncomplete);
    flow.choosePhone("12800138000");
    EXPECT_EQ(flow.problem(), StepProblem::PhoneNotMobile);
    EXPECT_FALSE(flow.next());
    flow.chooseAnonymous();
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Review);
}

TEST(CaseFlow, ACategorysOwnQuestionsGetAStepOfTheirOwn) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    flow.chooseKind(CaseKind::Complaint);
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.chooseCategory("consumer"));
    EXPECT_EQ(flow.stepCount(), kCaseStepCount);
    ASSERT_TRUE(flow.next());
    ASSERT_TRUE(flow.chooseCommunity("xingfuli"));
    ASSERT_TRUE(flow.choosePlace("社区广场"));
    ASSERT_TRUE(flow.next());
    flow.setDescription("牛奶过期了");
    ASSERT_TRUE(flow.next());
    ASSERT_EQ(flow.step(), CaseStep::Details);
    EXPECT_EQ(flow.stepNumber(), 5);
    EXPECT_FALSE(flow.next()) << "在哪里买的？ must be answered";
    EXPECT_EQ(flow.problem(), StepProblem::AnswerQuestions);
    EXPECT_FALSE(flow.answer("where_bought", "moon")) << "not an option";
    EXPECT_FALSE(flow.answer("colour", "red")) << "not a question";
    ASSERT_TRUE(flow.answer("where_bought", "shop"));
    ASSERT_TRUE(flow.answer("where_bought", "online"));  // one answer: the new tap replaces it
    ASSERT_TRUE(flow.answer("problems", "refund"));
    ASSERT_TRUE(flow.answer("problems", "quality"));
    ASSERT_TRUE(flow.answer("problems", "expired"));
    ASSERT_TRUE(flow.answer("problems", "expired"));  // several: a second tap takes it back
    const std::map<std::string, std::vector<std::string>> expected{{"where_bought", {"online"}},
                                                                   {"problems", {"quality", "refund"}}};
    EXPECT_EQ(flow.draft().answers, expected) << "kept in the options' order";
    EXPECT_TRUE(flow.isChosen("problems", "refund"));
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Photo);
    ASSERT_TRUE(flow.back());
    EXPECT_EQ(flow.step(), CaseStep::Details);

    flow.choosePhone("13800138000");
    // Another category asks other questions: the answers go with the old one.
    flow.edit(CaseStep::Category);
    ASSERT_TRUE(flow.chooseCategory("env"));
    EXPECT_TRUE(flow.draft().answers.empty());
    EXPECT_EQ(flow.stepCount(), kCaseStepCount - 1);
    flow.edit(CaseStep::Describe);
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Review) << "back to the review";
    flow.edit(CaseStep::Photo);
    ASSERT_TRUE(flow.back());
    EXPECT_EQ(flow.step(), CaseStep::Describe) << "no questions: the step is skipped going back too";
}

TEST(CaseFlow, BackKeepsEveryAnswer) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    fileComplaint(flow);
    const CaseDraft before = flow.draft();
    while (flow.back()) {
    }
    EXPECT_EQ(flow.step(), CaseStep::Kind);
    EXPECT_FALSE(flow.back());
    EXPECT_EQ(flow.draft().categoryCode, before.categoryCode);
    EXPECT_EQ(flow.draft().place, before.place);
    EXPECT_EQ(flow.draft().description, before.description);
    EXPECT_EQ(flow.draft().phoneDigits, before.phoneDigits);
    for (int i = 0; i < flow.stepCount() - 1; ++i) ASSERT_TRUE(flow.next()) << i;
    EXPECT_EQ(flow.step(), CaseStep::Review);
}

TEST(CaseFlow, ModifyFromTheReviewComesBackToTheReview) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    fileComplaint(flow);
    flow.edit(CaseStep::Describe);
    EXPECT_EQ(flow.step(), CaseStep::Describe);
    flow.setDescription("垃圾桶满了");
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Review);
    EXPECT_EQ(flow.draft().description, "垃圾桶满了");
}

TEST(CaseFlow, ChangingTheKindClearsACategoryThatNoLongerFitsAndAsksForItAgain) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    fileComplaint(flow);  // 投诉 · 环境卫生
    flow.edit(CaseStep::Kind);
    flow.chooseKind(CaseKind::Report);
    EXPECT_EQ(flow.draft().categoryCode, "") << "环境卫生 takes no 举报";
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Category) << "not straight back to a review with no category";
    ASSERT_TRUE(flow.chooseCategory("conduct"));
    ASSERT_TRUE(flow.next());
    EXPECT_EQ(flow.step(), CaseStep::Review);
    // A kind the category takes keeps it.
    flow.edit(CaseStep::Kind);
    flow.chooseKind(CaseKind::Complaint);
    EXPECT_EQ(flow.draft().categoryCode, "conduct");
}

TEST(CaseFlow, ChangingTheCommunityClearsThePlace) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    ASSERT_TRUE(flow.chooseCommunity("xingfuli"));
    ASSERT_TRUE(flow.choosePlace("1号楼"));
    ASSERT_TRUE(flow.chooseCommunity("xingfuli"));
    EXPECT_EQ(flow.draft().place, "1号楼") << "the same community keeps its place";
    ASSERT_TRUE(flow.chooseCommunity("hepan"));
    EXPECT_EQ(flow.draft().place, "");
    EXPECT_FALSE(flow.chooseCommunity("atlantis"));
    EXPECT_EQ(flow.draft().communityId, "hepan");
}

TEST(CaseFlow, TheHallsOwnPlaceFillsCommunityAndPlace) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    ASSERT_TRUE(flow.useHallPlace("xingfuli", "幸福里社区党群服务中心"));
    EXPECT_EQ(flow.draft().communityId, "xingfuli");
    EXPECT_EQ(flow.draft().place, "幸福里社区党群服务中心");
    EXPECT_EQ(flow.problemAt(CaseStep::Place), StepProblem::None);
    EXPECT_FALSE(flow.useHallPlace("unknown", "某地"));
}

// 就在本服务大厅附近 sends the hall's coordinates (hall.location) with the case; any other place
// the resident then picks or types does not.
TEST(CaseFlow, OnlyTheHallsOwnPlaceCarriesTheHallsCoordinates) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    EXPECT_FALSE(flow.draft().atHall);
    ASSERT_TRUE(flow.useHallPlace("xingfuli", "幸福里社区党群服务中心"));
    EXPECT_TRUE(flow.draft().atHall);
    flow.typePlace("3号楼东侧");
    EXPECT_FALSE(flow.draft().atHall) << "a typed place is somewhere else";
    ASSERT_TRUE(flow.useHallPlace("xingfuli", "幸福里社区党群服务中心"));
    flow.chooseCommunity("hepan");
    EXPECT_FALSE(flow.draft().atHall) << "another community starts the place over";
}

TEST(CaseFlow, ATransferCategoryIsStillACaseAndSaysSo) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    flow.chooseKind(CaseKind::Complaint);
    ASSERT_TRUE(flow.chooseCategory("wages"));
    EXPECT_TRUE(flow.isTransfer());
    EXPECT_EQ(flow.category()->transfer->department, "区人力资源和社会保障局");
    EXPECT_EQ(flow.problemAt(CaseStep::Category), StepProblem::None);
    ASSERT_TRUE(flow.chooseCategory("env"));
    EXPECT_FALSE(flow.isTransfer());
}

TEST(CaseFlow, AtMostThreePhotosAndAPhotoIsNeverRequired) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    EXPECT_EQ(flow.problemAt(CaseStep::Photo), StepProblem::None);
    EXPECT_TRUE(flow.addPhoto("a.jpg"));
    EXPECT_TRUE(flow.addPhoto("b.jpg"));
    EXPECT_TRUE(flow.addPhoto("c.jpg"));
    EXPECT_FALSE(flow.addPhoto("d.jpg"));
    flow.removePhoto(1);
    flow.removePhoto(7);  // out of range: nothing happens
    EXPECT_EQ(flow.draft().photos, (std::vector<std::string>{"a.jpg", "c.jpg"}));
}

TEST(CaseFlow, AnotherCaseKeepsPlaceAndContactAndNothingElse) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    fileComplaint(flow);
    flow.addPhoto("a.jpg");
    flow.startAnother();
    EXPECT_EQ(flow.step(), CaseStep::Kind);
    EXPECT_FALSE(flow.draft().kind.has_value());
    EXPECT_EQ(flow.draft().categoryCode, "");
    EXPECT_EQ(flow.draft().description, "");
    EXPECT_TRUE(flow.draft().photos.empty());
    EXPECT_EQ(flow.draft().communityId, "xingfuli");
    EXPECT_EQ(flow.draft().place, "社区广场");
    EXPECT_EQ(flow.draft().contact, ContactChoice::Phone);
    EXPECT_EQ(flow.draft().phoneDigits, "13800138000");
    EXPECT_EQ(flow.problemAt(CaseStep::Place), StepProblem::None);
    EXPECT_EQ(flow.problemAt(CaseStep::Contact), StepProblem::None);
}

TEST(CaseFlow, CarriedOverPlaceAndContactStayMarkedUntilTheyChange) {
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    fileComplaint(flow);
    EXPECT_FALSE(flow.draft().placeFromLastCase) << "the first case carries nothing over";
    EXPECT_FALSE(flow.draft().contactFromLastCase);
    flow.startAnother();
    EXPECT_TRUE(flow.draft().placeFromLastCase);
    EXPECT_TRUE(flow.draft().contactFromLastCase);
    // Tapping the same answers again keeps them what they were: carried over.
    ASSERT_TRUE(flow.choosePlace("社区广场"));
    flow.choosePhone("13800138000");
    EXPECT_TRUE(flow.draft().placeFromLastCase);
    EXPECT_TRUE(flow.draft().contactFromLastCase);
    // Another place, then anonymity: each is his answer now.
    ASSERT_TRUE(flow.choosePlace("1号楼"));
    EXPECT_FALSE(flow.draft().placeFromLastCase);
    EXPECT_TRUE(flow.draft().contactFromLastCase);
    flow.chooseAnonymous();
    EXPECT_FALSE(flow.draft().contactFromLastCase);
}

TEST(CaseFlow, EveryProblemHasPlainWords) {
    for (StepProblem p : {StepProblem::ChooseKind, StepProblem::ChooseCategory, StepProblem::ChooseCommunity,
                          StepProblem::ChoosePlace, StepProblem::DescriptionTooShort, StepProblem::ChooseContact,
                          StepProblem::PhoneIncomplete, StepProblem::PhoneNotMobile}) {
        EXPECT_STRNE(stepProblemMessageKey(p), "");
    }
    EXPECT_STREQ(stepProblemMessageKey(StepProblem::None), "");
}

TEST(CleanTypedText, RemovesControlCharactersEmojiAndSurroundingBlanks) {
    EXPECT_EQ(cleanTypedText("  路灯坏了\u3000 ", 500), "路灯坏了");
    EXPECT_EQ(cleanTypedText("路灯\x07坏了\x1b[2J", 500), "路灯坏了[2J");
    EXPECT_EQ(cleanTypedText("第一行\n第二行", 500), "第一行\n第二行") << "line breaks stay";
    EXPECT_EQ(cleanTypedText("路灯😀坏了\U0001F600", 500), "路灯坏了");
    EXPECT_EQ(cleanTypedText("\xff\xfe坏", 500), "坏") << "invalid bytes are dropped";
    EXPECT_EQ(cleanTypedText("一二三四五", 3), "一二三");
    EXPECT_EQ(cleanTypedText(" \n\t ", 500), "");
}

TEST(CleanTypedText, AnOverLongDescriptionIsCutToFiveHundredCharacters) {
    std::string longText;
    for (int i = 0; i < 800; ++i) longText += "垃";
    const CaseCatalog catalog = testCatalog();
    CaseFlow flow(catalog);
    flow.setDescription(longText);
    EXPECT_EQ(flow.draft().description.size(), kMaxDescriptionChars * 3);  // 3 bytes each
}

}  // namespace
}  // namespace kiosk::core
