// 查询进度 driven as a resident would: the code and 4 digits tapped on the keypad, the case's
// timeline read from the real outbox (SQLite in the test's data folder), the rating written back.
#include <gtest/gtest.h>

#include "core/tracking_code.h"
#include "support/headless_ui.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

std::string keyTaps(const std::string& digits) {
    std::string script;
    for (char c : digits) script += std::string("tap track.key.") + c + "\n";
    return script;
}

storage::NewCase complaint(bool anonymous) {
    storage::NewCase c;
    c.draft.kind = core::CaseKind::Complaint;
    c.draft.categoryCode = "env";
    c.draft.communityId = "xingfuli";
    c.draft.place = "社区广场";
    c.draft.description = "垃圾好几天没人清运";
    c.draft.photoLater = true;
    if (anonymous) {
        c.draft.contact = core::ContactChoice::Anonymous;
    } else {
        c.draft.contact = core::ContactChoice::Phone;
        c.draft.phoneDigits = "13800138000";
    }
    c.createdAt = "2026-11-02T09:30:00+08:00";
    return c;
}

// A case the platform took through to 已办结, as the sync engine will record it.
storage::Receipt closedCase(storage::Outbox& outbox) {
    storage::Receipt receipt = outbox.submit(complaint(false));
    outbox.markUploaded(receipt.id, "SR-1001", "2026-11-02T09:31:00+08:00");
    outbox.addUpdate(receipt.id, {storage::CaseState::Accepted, "2026-11-03T10:00:00+08:00", "幸福里社区居委会", ""});
    outbox.addUpdate(receipt.id, {storage::CaseState::InProgress, "2026-11-04T15:00:00+08:00", "幸福里社区居委会",
                                  "已安排保洁员处理"});
    outbox.addUpdate(receipt.id, {storage::CaseState::Closed, "2026-11-06T16:20:00+08:00", "幸福里社区居委会",
                                  "垃圾已清运，并增加了每天傍晚一次清运。"});
    return receipt;
}

std::string lookUp(const std::string& code, const std::string& secret) {
    return "tap attract.wake\ntap home.tile.track\nexpect screen track_case\n" + keyTaps(code) + keyTaps(secret) +
           "tap track.lookup\n";
}

// Where the road pages (特大), a case opens at its newest station: the department's reply on
// 已办结 is what he came for, and the rating beside it asks about it.
TEST(TrackCaseUi, AtExtraLargeAClosedCaseOpensAtItsReply) {
    for (const bool portrait : {false, true}) {
        testing::HeadlessOptions options;
        options.configText = "[ui]\ntext_size = \"extra_large\"\n";
        if (portrait) std::swap(options.width, options.height);
        HeadlessUi ui(options);
        const storage::Receipt receipt = closedCase(*ui.app().caseDesk().outbox());
        ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 办理进度：已办结"), "");
        EXPECT_TRUE(ui.showsText("垃圾已清运，并增加了每天傍晚一次清运。")) << (portrait ? "portrait" : "landscape");
        EXPECT_TRUE(ui.showsText("已办结    2026-11-06"));
    }
}

TEST(TrackCaseUi, TrackingByCodeAndDigitsShowsTheTimeline) {
    HeadlessUi ui;
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    const storage::Receipt receipt = closedCase(outbox);
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 已办结    2026-11-06"), "");
    EXPECT_TRUE(ui.showsText("查询码 " + core::groupTrackingCode(receipt.trackingCode)));
    EXPECT_TRUE(ui.showsText("环境卫生 · 幸福里社区 · 社区广场"));
    EXPECT_TRUE(ui.showsText("已提交    2026-11-02"));
    EXPECT_TRUE(ui.showsText("已受理    2026-11-03"));
    EXPECT_TRUE(ui.showsText("办理中    2026-11-04"));
    EXPECT_TRUE(ui.showsText("办理单位：幸福里社区居委会"));
    EXPECT_TRUE(ui.showsText("垃圾已清运，并增加了每天傍晚一次清运。"));
    EXPECT_FALSE(ui.showsText("垃圾好几天没人清运")) << "what the resident wrote is not shown to whoever looks";
    EXPECT_FALSE(ui.showsText("8000")) << "no part of the phone number on the answer";
    // 朗读 reads the road, the department and its reply.
    ASSERT_EQ(ui.tap("topbar.read_aloud"), "");
    ASSERT_FALSE(ui.speech().said.empty());
    const std::string& said = ui.speech().said.back();
    EXPECT_NE(said.find("已受理"), std::string::npos) << said;
    EXPECT_NE(said.find("垃圾已清运"), std::string::npos) << said;
}

TEST(TrackCaseUi, AClosedCaseIsRatedAndNotSatisfiedAsksWhy) {
    HeadlessUi ui;
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    const storage::Receipt receipt = closedCase(outbox);
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 事情办完了，请您评价一下办理结果。\n"
                                                            "tap track.rating.open\n"
                                                            "expect text 您对办理结果满意吗？\n"
                                                            "tap track.rating.submit\n"
                                                            "expect text 请先点“满意”“基本满意”或“不满意”。\n"
                                                            "tap track.rating.unsatisfied\n"
                                                            "tap track.rating.submit\n"
                                                            "expect text 请点一个不满意的原因。\n"
                                                            "tap track.reason.too_slow\n"
                                                            "tap track.rating.submit\n"
                                                            "expect text ✓ 您的评价：不满意。谢谢您！"),
              "");
    EXPECT_EQ(outbox.ratingOf(receipt.trackingCode), "unsatisfied");
    // Looked up again later, the case says it was rated.
    ASSERT_EQ(ui.run("tap track.again\n" + keyTaps(receipt.trackingCode) + keyTaps("8000") +
                     "tap track.lookup\nexpect text ✓ 您的评价：不满意。谢谢您！"),
              "");
}

TEST(TrackCaseUi, AnAnonymousCaseStillInTheOutboxIsTrackedWithItsPin) {
    HeadlessUi ui;
    const storage::Receipt receipt = ui.app().caseDesk().outbox()->submit(complaint(true));
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, receipt.pin) + "expect text 本机正在把它发送到平台"), "");
    EXPECT_TRUE(ui.showsText("已受理    还没到这一步"));
    EXPECT_FALSE(ui.showsText("评价办理结果")) << "only a closed case is rated";
}

TEST(TrackCaseUi, WrongCodeOrDigitsGetOneMessageAndFiveInARowRestTheLookup) {
    HeadlessUi ui;
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    const storage::Receipt receipt = closedCase(outbox);
    const std::string unknownCode = core::makeTrackingCode(42);
    ASSERT_NE(unknownCode, receipt.trackingCode);
    const std::string notFound = "没有查到。请核对查询码和4位数字后再试。";
    // A wrong secret and a code nobody has get the very same answer.
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "1234") + "expect text " + notFound), "");
    ASSERT_EQ(ui.run("tap track.field.code\ntap track.key.clear\n" + keyTaps(unknownCode) + "tap track.key.clear\n" +
                     keyTaps("8000") + "tap track.lookup\nexpect text " + notFound),
              "");
    const std::string wrongAgain = "tap track.key.clear\n" + keyTaps("9999") + "tap track.lookup\n";
    for (int i = 0; i < 2; ++i) ASSERT_EQ(ui.run(wrongAgain + "expect text 没有查到"), "");
    ASSERT_EQ(ui.run(wrongAgain + "expect text 输错的次数太多了。为保护大家的信息，请 5 分钟后再查"), "");
    // Walking away does not reset it: the next visit, with the right digits, still waits.
    ASSERT_EQ(ui.wait(125), "");
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 输错的次数太多了"), "");
    EXPECT_FALSE(ui.showsText("已办结    2026-11-06"));
    // Five minutes after the fifth wrong answer the lookup works again.
    ASSERT_EQ(ui.wait(180), "");
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 已办结    2026-11-06"), "");
}

// At every size in both orientations (at 特大 in landscape the problem took the instructions'
// place); the title stays beside them at the standard size.
TEST(TrackCaseUi, TheFormHasItsTitleAndAProblemStandsBesideTheInstructions) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\nexpect screen track_case"), "") << where;
        const std::string hint = "请输入回执上的";
        EXPECT_TRUE(ui.showsText(hint)) << where;
        ASSERT_EQ(ui.run("tap track.lookup\nexpect text 请先输入回执上的10位查询码。"), "") << where;
        EXPECT_TRUE(ui.showsText(hint)) << where << ": the problem stands beside the instructions, not in their place";
        ASSERT_EQ(ui.run("tap track.key.2\ntap track.lookup\nexpect text 还没有输完"), "") << where;
        EXPECT_TRUE(ui.showsText(hint)) << where;
        if (where == "standard landscape") {
            EXPECT_TRUE(ui.showsText("查询办理进度"));
        }
    });
}

// When 查询 finds nothing the fields he typed into stay where they were and as large, at every
// size in both orientations: the form kept that refusal's room before the try (the fields moved
// down by its height, or their digits shrank, as it came).
TEST(TrackCaseUi, TheFieldsKeepTheirPlaceAndSizeWhenNothingIsFound) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\nexpect screen track_case\n" +
                         keyTaps(core::makeTrackingCode(42)) + keyTaps("123")),
                  "")
            << where;
        auto bounds = [&](const char* id) {
            const auto found = ui.app().registry().find(id);
            return found.empty() ? ImVec4()
                                 : ImVec4(found[0]->min.x, found[0]->min.y, found[0]->max.x, found[0]->max.y);
        };
        const ImVec4 code = bounds("track.field.code");
        const ImVec4 secret = bounds("track.field.secret");
        ASSERT_GT(code.w, code.y) << where;
        ASSERT_EQ(ui.run(keyTaps("4") + "tap track.lookup\nexpect text 没有查到"), "") << where;
        for (const auto& [id, before] :
             {std::pair{"track.field.code", code}, std::pair{"track.field.secret", secret}}) {
            const ImVec4 after = bounds(id);
            EXPECT_NEAR(after.y, before.y, 1.0f) << where << ": " << id << " moved";
            EXPECT_NEAR(after.w - after.y, before.w - before.y, 1.0f) << where << ": " << id << " changed its height";
        }
    });
}

TEST(TrackCaseUi, ALostCodeSaysWhoCanHelpWithTheHallsPhone) {
    testing::HeadlessOptions options;
    options.configText = "[hall]\nphone = \"0571-8765 4321\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\ntap track.lost_code\n"
                     "expect text 请找大厅工作人员帮您查，或打电话 0571-8765 4321"),
              "");
    // 知道了 puts the instructions back; the keypad works throughout.
    ASSERT_EQ(ui.run("tap track.key.2\ntap track.lost_code\nexpect text 请输入回执上的查询码"), "");
    EXPECT_FALSE(ui.showsText("0571-8765 4321"));
    EXPECT_EQ(ui.app().trackSession().form.code(), "2");
}

// 查询码丢了？ after a refused 查询: the help and the problem both stay in view, at every size in
// both orientations (at 特大 in landscape the problem went while the help showed), and every
// field stays on the screen.
TEST(TrackCaseUi, TheLostCodeHelpAndTheProblemShowTogetherAtEverySize) {
    for (const char* size : {"standard", "large", "extra_large"}) {
        for (const bool portrait : {false, true}) {
            testing::HeadlessOptions options;
            if (portrait) std::swap(options.width, options.height);
            options.configText = std::string("[ui]\ntext_size = \"") + size + "\"\n";
            HeadlessUi ui(options);
            ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\ntap track.lookup\n"
                             "expect text 请先输入回执上的10位查询码。\ntap track.lost_code\n"
                             "expect text 请找大厅工作人员帮您查"),
                      "");
            const std::string where = std::string(size) + (portrait ? " portrait" : " landscape");
            EXPECT_TRUE(ui.showsText("请先输入回执上的10位查询码。")) << where;
            for (const auto& w : ui.app().registry().widgets()) EXPECT_LE(w.max.y, options.height) << where << w.id;
        }
    }
}

TEST(TrackCaseUi, WithoutAHallPhoneTheLostCodeHelpNamesTheStaff) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\ntap track.lost_code\n"
                     "expect text 回执丢了或没记下，请找大厅工作人员帮您查。"),
              "");
}

TEST(TrackCaseUi, AMistypedCodeIsSaidAtOnceAndIsNotAWrongAnswer) {
    HeadlessUi ui;
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    const storage::Receipt receipt = closedCase(outbox);
    std::string typo = receipt.trackingCode;
    typo[3] = typo[3] == '9' ? '0' : static_cast<char>(typo[3] + 1);
    ASSERT_EQ(
        ui.run("tap attract.wake\ntap home.tile.track\ntap track.lookup\nexpect text 请先输入回执上的10位查询码。"),
        "");
    for (int i = 0; i < 6; ++i) {
        ASSERT_EQ(ui.run("tap track.field.code\ntap track.key.clear\n" + keyTaps(typo) + keyTaps("8000") +
                         "tap track.lookup\nexpect text 这个查询码有一位不对，请对照回执再核对一下。"),
                  "");
    }
    // Fixing the code (a tap on its field, 清空, the right digits) finds the case: no rest.
    ASSERT_EQ(ui.run("tap track.field.code\ntap track.key.clear\n" + keyTaps(receipt.trackingCode) +
                     "tap track.lookup\nexpect text 已办结    2026-11-06"),
              "");
}

TEST(TrackCaseUi, ACaseLookedUpIsGoneOnceTheResidentLeaves) {
    HeadlessUi ui;
    const storage::Receipt receipt = closedCase(*ui.app().caseDesk().outbox());
    ASSERT_EQ(ui.run(lookUp(receipt.trackingCode, "8000") + "expect text 已办结\ntap track.done\nexpect screen home\n"
                                                            "tap home.tile.track\nexpect text 查询码（10位）"),
              "");
    EXPECT_FALSE(ui.showsText("已办结    2026-11-06"));
    EXPECT_FALSE(ui.showsText(core::groupTrackingCode(receipt.trackingCode)));
}

}  // namespace
}  // namespace kiosk
