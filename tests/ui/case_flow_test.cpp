// 反映问题 driven as a resident would: taps and typing on the headless UI, the case landing in the
// real outbox (SQLite in the test's data folder).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/tracking_code.h"
#include "core/utf8.h"
#include "support/headless_ui.h"
#include "support/test_camera.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

// Types a number on the contact step's keypad.
std::string phoneTaps(const std::string& digits) {
    std::string script;
    for (char c : digits) script += std::string("tap case.phone.key.") + c + "\n";
    return script;
}

// Up to the photo step. Which way on there depends on a camera: tests without one (the default
// config's /dev/video0 is not there) go on with 下一步.
const std::string kComplaintToPhoto =
    "tap attract.wake\n"
    "tap home.tile.case\n"
    "expect screen file_case\n"
    "tap case.kind.complaint\n"
    "tap case.category.env\n"
    "tap case.next\n"
    "tap case.place.here\n"
    "tap case.next\n"
    "type wuran\n"
    "expect text 污染\n"  // waits for the keyboard's engines on the first text field
    "tap 污染\n"
    "tap case.next\n";
const std::string kComplaintToReview = kComplaintToPhoto + "tap case.next\ntap case.contact.phone\n";

storage::OutboxCase onlyPendingCase(HeadlessUi& ui) {
    const auto pending = ui.app().caseDesk().outbox()->pending();
    EXPECT_EQ(pending.size(), 1u);
    return pending.empty() ? storage::OutboxCase{} : pending.front();
}

// However big the text, the receipt says to keep the code (beside it the phone's QR code and
// "拍下此页" where they fit).
// The phone's number pad keeps the layout of every phone he has held (1 2 3 on top, 0 under 8)
// in portrait at every size: at 特大 it reaches down beside 下一步 rather than become two rows of six.
TEST(CaseFlowUi, InPortraitThePhonePadKeepsThePhonesLayoutAtEverySize) {
    for (const char* size : {"standard", "large", "extra_large"}) {
        testing::HeadlessOptions options;
        options.configText = std::string("[ui]\ntext_size = \"") + size + "\"\n";
        std::swap(options.width, options.height);
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                         "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                         "tap case.next\ntap case.next\ntap case.contact.phone"),
                  "");
        auto keyAt = [&](const std::string& key) {
            const auto found = ui.app().registry().find("case.phone.key." + key);
            return found.empty() ? ImVec2(-1, -1) : found[0]->min;
        };
        EXPECT_EQ(keyAt("1").x, keyAt("4").x) << size << ": 4 under 1";
        EXPECT_LT(keyAt("1").y, keyAt("4").y) << size;
        EXPECT_EQ(keyAt("8").x, keyAt("0").x) << size << ": 0 under 8";
        for (const auto& w : ui.app().registry().widgets()) {
            if (w.id.rfind("case.phone.key.", 0) != 0) continue;
            for (const auto& next : ui.app().registry().find("case.next")) {
                const bool apart = w.max.x <= next->min.x || w.max.y <= next->min.y;
                EXPECT_TRUE(apart) << size << ": " << w.id << " lies on 下一步";
            }
        }
    }
}

// What he writes stays in view: the description's field shows at least 20 characters of it at
// every size, and in portrait two lines (at 特大 it held one line of ten, under a question at
// 特大's title size: there the question takes 大's title and the quick phrases wait in the
// candidates' row). A landscape field of one line is one long line (34 characters at 大).
TEST(CaseFlowUi, TheDescriptionShowsWhatHeWroteAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        std::string script =
            "tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
            "tap case.next\ntap case.place.here\ntap case.next\n";
        for (int i = 0; i < 5; ++i) script += "tap case.description.phrase.0\n";
        ASSERT_EQ(ui.run(script), "") << where;
        const core::TextEntry* entry = ui.app().textEntry("case.description");
        ASSERT_NE(entry, nullptr);
        const std::string written = entry->textUtf8();
        const std::string ellipsis = "…";
        int linesShown = 0;
        std::size_t charactersShown = 0;
        for (const auto& drawn : ui.app().registry().texts()) {
            std::string line = drawn.text;
            if (line.rfind(ellipsis, 0) == 0) line = line.substr(ellipsis.size());
            if (line.size() < 6 || written.find(line) == std::string::npos) continue;
            ++linesShown;
            charactersShown += core::decodeUtf8(line).size();
        }
        EXPECT_GE(charactersShown, 20u) << where;
        if (options.height > options.width) {
            EXPECT_GE(linesShown, 2) << where;
        }
    });
}

TEST(CaseFlowUi, TheReceiptSaysHowToKeepTheCodeAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                         "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                         "tap case.next\ntap case.next\ntap case.contact.anonymous\ntap case.next\n"
                         "tap case.review.submit\nexpect text 查询密码"),
                  "")
            << where;
        EXPECT_TRUE(ui.showsText("请记下查询码")) << where;
    });
}

TEST(CaseFlowUi, AComplaintFiledWithTapsAndTypingReachesTheOutboxBeforeItsReceipt) {
    HeadlessOptions options;
    options.configText = testing::cameraConfig(testing::kAlwaysWorkingCamera);
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run(kComplaintToPhoto + "tap case.photo.later\ntap case.contact.phone\n" + phoneTaps("13800138000") +
                     "tap case.next\nexpect text 请核对一下\nexpect text 138****8000\nexpect text 污染"),
              "");
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u) << "nothing is stored before 确认提交";
    ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 已经收到，谢谢您！"), "");
    const CaseSession& cs = ui.app().caseSession();
    ASSERT_TRUE(cs.receipt.has_value());
    EXPECT_TRUE(core::isWellFormedTrackingCode(cs.receipt->trackingCode));
    EXPECT_TRUE(ui.showsText(core::groupTrackingCode(cs.receipt->trackingCode)));
    // The QR code beside it holds the case's page (the default link template of the config).
    const auto& qrCodes = ui.app().registry().qrCodes();
    ASSERT_EQ(qrCodes.size(), 1u);
    EXPECT_EQ(qrCodes[0].text, "https://jdydt.example.cn/t/" + cs.receipt->trackingCode);
    EXPECT_GE(qrCodes[0].max.x - qrCodes[0].min.x, 220.0f);
    EXPECT_TRUE(ui.showsText("手机扫码查进度、补充照片"))
        << "稍后用手机补充 was chosen: the QR code is where photos go";
    const storage::OutboxCase stored = onlyPendingCase(ui);
    EXPECT_EQ(stored.trackingCode, cs.receipt->trackingCode);
    EXPECT_EQ(stored.kind, "complaint");
    EXPECT_EQ(stored.categoryCode, "env");
    EXPECT_EQ(stored.communityId, "xingfuli");
    EXPECT_EQ(stored.place, "幸福里社区党群服务中心");
    EXPECT_EQ(stored.description, "污染");
    EXPECT_TRUE(stored.photoLater);
    EXPECT_EQ(stored.phone, "13800138000");
    EXPECT_TRUE(ui.app().caseDesk().outbox()->track(stored.trackingCode, "8000").has_value());
}

// At 特大 in landscape the receipt keeps the code for the phone and the words to keep the page:
// with no room for the hint above the code, it stands beside it (both were left out).
TEST(CaseFlowUi, AtExtraLargeInLandscapeTheReceiptKeepsItsCodeForThePhone) {
    HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.contact.phone\n" +
                     phoneTaps("13800138000") +
                     "tap case.next\nexpect text 请核对一下\ntap case.review.submit\n"
                     "expect text 已经收到"),
              "");
    const CaseSession& cs = ui.app().caseSession();
    ASSERT_TRUE(cs.receipt.has_value());
    const auto& qrCodes = ui.app().registry().qrCodes();
    ASSERT_EQ(qrCodes.size(), 1u);
    EXPECT_EQ(qrCodes[0].text, "https://jdydt.example.cn/t/" + cs.receipt->trackingCode);
    EXPECT_GE(qrCodes[0].max.x - qrCodes[0].min.x, 220.0f);
    EXPECT_TRUE(ui.showsText("拍下此页、记下查询码"));
}

// 确认提交 only once every answer has been on screen: where the review pages (特大), the button in
// its place turns the pages first, and nothing is filed until he has seen them all.
TEST(CaseFlowUi, AtExtraLargeSubmitComesOnlyAfterEveryAnswerWasOnScreen) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(
        ui.run(std::string(kComplaintToReview) + phoneTaps("13800138000") + "tap case.next\nexpect text 请核对一下"),
        "");
    const auto shows = [&](const char* id) { return !ui.app().registry().find(id).empty(); };
    ASSERT_TRUE(shows("case.review.more")) << "the answers fit on one page: this test needs a review that pages";
    EXPECT_FALSE(shows("case.review.submit"));
    int pages = 0;
    while (shows("case.review.more") && pages < 10) {
        // One way down while pages are unseen: the main button, not a second ▼ on the list.
        EXPECT_FALSE(shows("case.review.list.page_down")) << "page " << pages + 1;
        EXPECT_TRUE(ui.showsText("第 " + std::to_string(pages + 1) + "/")) << "the list still counts its pages";
        ASSERT_EQ(ui.run("tap case.review.more"), "");
        ++pages;
    }
    EXPECT_GE(pages, 1);
    // Once all were seen the list pages both ways again (its ▲ back to the first page, then ▼).
    ASSERT_EQ(ui.run("tap case.review.list.page_up"), "");
    EXPECT_TRUE(shows("case.review.list.page_down"));
    EXPECT_TRUE(shows("case.review.submit")) << "seen once stays seen";
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u) << "turning pages files nothing";
    ASSERT_TRUE(shows("case.review.submit"));
    ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 谢谢您"), "");
}

// At 大 in landscape a page of the review holds two columns of answers, as the unpaged review
// does: half the screen is not left blank while the answers take more pages (at most two).
TEST(CaseFlowUi, AtLargeInLandscapeAReviewPageHoldsTwoColumns) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"large\"\n";
    HeadlessUi ui(options);
    // A consumer complaint: its details make the answers too many for one page at 大.
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.consumer\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\nexpect text 再问您几句\ntap case.details.where_bought.shop\n"
                     "tap case.details.problems.quality\ntap case.details.problems.refund\ntap case.next\n"
                     "tap case.next\ntap case.contact.anonymous\ntap case.next\nexpect text 请核对一下"),
              "");
    // (It paged until the question moved up beside the step bar; it may page again with longer
    // answers, so both are driven.)
    int pages = 1;
    bool rightColumnUsed = false;
    for (;;) {
        for (const auto& w : ui.app().registry().widgets()) {
            if (w.id.size() > 5 && w.id.substr(w.id.size() - 5) == ".edit" && w.min.x > options.width * 0.5f) {
                rightColumnUsed = true;
            }
        }
        if (ui.app().registry().find("case.review.more").empty()) break;
        ASSERT_EQ(ui.run("tap case.review.more"), "");
        ASSERT_LT(++pages, 10);
    }
    EXPECT_TRUE(rightColumnUsed) << "every page a single column";
    EXPECT_LE(pages, 2);
}

// At 特大 in landscape a page of the review holds two answers at least (it held one, under the
// step bar's row and the question's: the question now stands in the step bar's row).
TEST(CaseFlowUi, AtExtraLargeInLandscapeAReviewPageHoldsTwoAnswers) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.contact.anonymous\ntap case.next\nexpect text 请核对一下"),
              "");
    int answersShown = 0;
    for (const auto& w : ui.app().registry().widgets()) {
        if (w.id.size() > 5 && w.id.substr(w.id.size() - 5) == ".edit") ++answersShown;
    }
    EXPECT_GE(answersShown, 2);
}

// Choosing a category does not change the size of them all (at 标准 they jumped from body to
// title size at the first tap, the refusal of 下一步 above them).
TEST(CaseFlowUi, ChoosingACategoryKeepsTheChipsSize) {
    HeadlessUi ui;
    // As the case tour goes: 下一步 without a category first (its refusal shows), then one chosen.
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.next\n"
                     "expect text 请先点一个问题类别。"),
              "");
    auto sizeOf = [&](const std::string& text) {
        for (const auto& t : ui.app().registry().texts()) {
            if (t.text == text && t.font) return t.font->FontSize;
        }
        return 0.0f;
    };
    const float before = sizeOf("下水道");
    ASSERT_GT(before, 0.0f);
    ASSERT_EQ(ui.run("tap case.category.env"), "");
    EXPECT_EQ(sizeOf("下水道"), before);
}

// 请先点一个问题类别 comes only while none is chosen: the categories keep the page they have once
// one is chosen, rather than page after one row (特大, landscape) over an empty scope's room.
TEST(CaseFlowUi, TheRefusalOfNextLeavesTheCategoriesInView) {
    testing::forEverySizeAndOrientation({}, [](const HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        auto categoriesShown = [&] {
            int shown = 0;
            for (const auto& w : ui.app().registry().widgets()) {
                const bool category = w.id.rfind("case.category.", 0) == 0;
                const bool more = w.id.size() >= 5 && w.id.compare(w.id.size() - 5, 5, ".more") == 0;
                shown += category && !more ? 1 : 0;
            }
            return shown;
        };
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.next\n"
                         "expect text 请先点一个问题类别。"),
                  "")
            << where;
        const int whileRefused = categoriesShown();
        ASSERT_EQ(ui.run("tap case.category.env"), "") << where;
        EXPECT_GE(whileRefused, categoriesShown()) << where;
    });
}

TEST(CaseFlowUi, RequiredStepsExplainThemselvesAndBackKeepsEveryAnswer) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.next\n"
                     "expect text 请先点一个问题类别。\n"
                     "tap case.category.traffic\ntap case.next\n"
                     "expect text ✓ 幸福里社区\n"  // the hall's community comes chosen
                     "tap case.community.guangming\ntap case.next\n"
                     "expect text 请选一个具体地点，或点“其他地点”自己写。\n"
                     "tap 光明菜市场\ntap case.next\nexpect text 请说一说是什么问题"),
              "");
    // Back to the kind: every answer is still selected on the way.
    ASSERT_EQ(ui.run("tap topbar.back\nexpect text ✓ 光明菜市场\ntap topbar.back\nexpect text ✓ 停车交通\n"
                     "tap topbar.back\nexpect text 第 1 步，共 7 步\ntap topbar.back\nexpect screen home"),
              "");
    ASSERT_EQ(ui.run("tap home.tile.case\nexpect text 第 1 步，共 7 步\ntap case.kind.complaint\n"
                     "expect text ✓ 停车交通"),
              "")
        << "leaving the flow with 返回 keeps the draft for the session";
}

TEST(CaseFlowUi, AnAnonymousReportShowsHowIdentityIsProtectedAndGetsAPin) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.report\n"
                     "expect no-text 环境卫生\ntap case.category.conduct\ntap case.next\n"
                     "tap case.place.here\ntap case.next\ntap case.description.phrase.0\ntap case.next\n"
                     "tap case.next\nexpect text 举报人身份受保护\n"
                     "tap case.contact.anonymous\ntap case.next\nexpect text 匿名（用查询码和密码查进度）\n"
                     "tap case.review.submit\nexpect text 查询密码"),
              "");
    const CaseSession& cs = ui.app().caseSession();
    ASSERT_TRUE(cs.receipt.has_value());
    ASSERT_EQ(cs.receipt->pin.size(), 4u);
    EXPECT_TRUE(ui.showsText(cs.receipt->pin));
    const storage::OutboxCase stored = onlyPendingCase(ui);
    EXPECT_EQ(stored.kind, "report");
    EXPECT_TRUE(stored.anonymous);
    EXPECT_EQ(stored.phone, "");
    EXPECT_TRUE(ui.app().caseDesk().outbox()->track(stored.trackingCode, cs.receipt->pin).has_value());
}

TEST(CaseFlowUi, TheReviewSaysWhichAnswersWereCarriedOverFromTheLastProblem) {
    HeadlessUi ui;
    ASSERT_EQ(
        ui.run(std::string(kComplaintToReview) + phoneTaps("13912345678") + "tap case.next\nexpect text 请核对一下"),
        "");
    const std::string note = "（和上一个问题一样）";
    EXPECT_FALSE(ui.showsText(note)) << "the first problem carries nothing over";
    ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 已经收到，谢谢您！\ntap case.receipt.another\n"
                     "tap case.kind.complaint\n"
                     "tap case.category.property\ntap case.next\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.next\nexpect text 请核对一下"),
              "");
    // Both carried answers say so, on their own rows (where 修改 is).
    const auto& texts = ui.app().registry().texts();
    auto rowsWithNote = [&] {
        return std::count_if(texts.begin(), texts.end(),
                             [&](const auto& t) { return t.text.find(note) != std::string::npos; });
    };
    EXPECT_EQ(rowsWithNote(), 2);
    EXPECT_TRUE(ui.showsText("幸福里社区党群服务中心\n" + note));
    EXPECT_TRUE(ui.showsText("139****5678\n" + note));
    // He changes the contact: that row is his own answer now; the place still says it.
    ASSERT_EQ(ui.run("tap case.review.contact.edit\ntap case.contact.anonymous\ntap case.next\nexpect text 请核对一下"),
              "");
    EXPECT_EQ(rowsWithNote(), 1);
    EXPECT_TRUE(ui.showsText("幸福里社区党群服务中心\n" + note));
}

TEST(CaseFlowUi, AnotherProblemTwiceKeepsPlaceAndContactAndFilesSeparateCases) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run(std::string(kComplaintToReview) + phoneTaps("13912345678") +
                     "tap case.next\ntap case.review.submit\nexpect text 已经收到，谢谢您！"),
              "");
    for (const char* category : {"case.category.traffic", "case.category.property"}) {
        SCOPED_TRACE(category);
        ASSERT_EQ(ui.run(std::string("tap case.receipt.another\nexpect text 第 1 步，共 7 步\n"
                                     "tap case.kind.complaint\ntap ") +
                         category +
                         "\ntap case.next\n"
                         "expect text ✓ 就在本服务大厅附近\ntap case.next\n"
                         "expect text 0 / 500 字\n"
                         "tap case.description.phrase.0\ntap case.next\ntap case.next\n"
                         "expect text 139 1234 5678\ntap case.next\ntap case.review.submit\n"
                         "expect text 已经收到，谢谢您！"),
                  "");
    }
    const auto pending = ui.app().caseDesk().outbox()->pending();
    ASSERT_EQ(pending.size(), 3u);
    EXPECT_EQ(pending[0].categoryCode, "env");
    EXPECT_EQ(pending[1].categoryCode, "traffic");
    EXPECT_EQ(pending[2].categoryCode, "property");
    // The day's counts for the platform: three cases, one of each category.
    const auto& cases = ui.app().usage().counts().casesByCategory();
    EXPECT_EQ(cases, (std::map<std::string, int, std::less<>>{{"env", 1}, {"property", 1}, {"traffic", 1}}));
    for (const auto& c : pending) {
        EXPECT_EQ(c.place, "幸福里社区党群服务中心");
        EXPECT_EQ(c.phone, "13912345678");
    }
    EXPECT_NE(pending[1].description, pending[0].description) << "each case its own description";
}

TEST(CaseFlowUi, ASecondReportOfTheSameProblemIsOfferedToJoinTheOpenCase) {
    HeadlessUi ui;
    const std::string fileEnvAtHall =
        std::string(kComplaintToReview) + phoneTaps("13800138000") + "tap case.next\ntap case.review.submit\n";
    ASSERT_EQ(ui.run(fileEnvAtHall + "expect text 已经收到，谢谢您！"), "");
    const std::string first = ui.app().caseSession().receipt->trackingCode;
    // Someone else, the same problem at the same place: asked first, nothing saved yet.
    ASSERT_EQ(ui.run("tap case.receipt.done\n" + fileEnvAtHall.substr(std::string("tap attract.wake\n").size()) +
                     "expect text 这个问题已有人反映\nexpect text " + core::groupTrackingCode(first)),
              "");
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    EXPECT_EQ(outbox.depth(), 1u);
    ASSERT_EQ(ui.run("tap case.similar.join\nexpect text 已经记下，谢谢您！"), "");
    EXPECT_EQ(outbox.depth(), 1u) << "joining files no duplicate";
    EXPECT_EQ(outbox.joinCount(first), 1);
    // A third resident says theirs is different: their own case is saved.
    ASSERT_EQ(ui.run("tap case.receipt.done\n" + fileEnvAtHall.substr(std::string("tap attract.wake\n").size()) +
                     "expect text 这个问题已有人反映\ntap case.similar.decline\nexpect text 已经收到，谢谢您！"),
              "");
    EXPECT_EQ(outbox.depth(), 2u);
}

TEST(CaseFlowUi, TimeoutMidFlowWipesEverything) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run(std::string(kComplaintToReview) + phoneTaps("1380013")), "");
    ASSERT_EQ(ui.wait(125), "");
    ASSERT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    EXPECT_FALSE(ui.app().caseSession().flow.has_value());
    EXPECT_EQ(ui.app().textEntry("case.description"), nullptr);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\nexpect text 第 1 步，共 7 步\ntap case.kind.complaint\n"
                     "expect no-text ✓ 环境卫生"),
              "");
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u);
}

TEST(CaseFlowUi, AFullDiskSaysTheCaseWasNotSavedAndLosesNothing) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run(std::string(kComplaintToReview) + phoneTaps("13800138000") + "tap case.next"), "");
    storage::Outbox& outbox = *ui.app().caseDesk().outbox();
    // Fill the file up to a cap, as a full disk would: cases from earlier residents until a write fails.
    outbox.capFileSizeForTest(outbox.pageCount() + 2);
    storage::NewCase filler;
    filler.draft.kind = core::CaseKind::Advice;
    filler.draft.categoryCode = "other";
    filler.draft.communityId = "xingfuli";
    filler.draft.place = "1号楼";
    filler.draft.contact = core::ContactChoice::Anonymous;
    std::size_t earlier = 0;
    for (std::size_t size : {1500, 300, 40, 1}) {  // big cases first, then smaller ones into the gaps
        filler.draft.description = std::string(size, 'x');
        try {
            for (int i = 0; i < 100; ++i, ++earlier) outbox.submit(filler);
            FAIL() << "the cap never filled";
        } catch (const storage::StorageError&) {
        }
    }
    ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 没有保存成功，您填写的内容都还在。"), "");
    EXPECT_FALSE(ui.app().caseSession().receipt.has_value());
    EXPECT_TRUE(ui.showsText("污染"));
    EXPECT_TRUE(ui.showsText("138****8000"));
    outbox.capFileSizeForTest(1 << 20);  // space again (an operator cleared the disk)
    ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 已经收到，谢谢您！"), "");
    EXPECT_EQ(outbox.depth(), earlier + 1);
}

TEST(CaseFlowUi, ReadAloudOnEveryStepReadsTheQuestion) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap topbar.read_aloud"), "");
    ASSERT_FALSE(ui.speech().said.empty());
    EXPECT_NE(ui.speech().said.back().find("您要反映哪一类事情？"), std::string::npos) << ui.speech().said.back();
    ASSERT_EQ(ui.run("tap case.kind.complaint\ntap topbar.read_aloud"), "");
    EXPECT_NE(ui.speech().said.back().find("是哪方面的问题？"), std::string::npos);
    EXPECT_NE(ui.speech().said.back().find("下一步"), std::string::npos) << "the primary action is read too";
}

}  // namespace
}  // namespace kiosk
