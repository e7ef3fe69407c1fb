// 公开查询 driven as a resident would: taps, a swipe, on the demo content set.
#include <gtest/gtest.h>

#include <algorithm>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include "core/money_text.h"
#include "core/name_mask.h"
#include "core/name_search.h"
#include "core/qr_payload.h"
#include "support/headless_ui.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

// Opens the payouts of this hall's community for the newest month.
void openPayouts(HeadlessUi& ui) {
    ASSERT_EQ(ui.run("tap attract.wake\ntap 公开查询\nexpect screen disclosure_hub\ntap disclosure.payouts\n"
                     "expect screen payouts"),
              "");
}

TEST(DisclosureFlow, HubDefaultsToThisHallsCommunityAndTheNewestMonth) {
    HeadlessUi ui;
    ASSERT_NE(ui.app().disclosures(), nullptr);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\nexpect screen disclosure_hub"), "");
    EXPECT_TRUE(ui.showsText("✓ 幸福里社区"));
    EXPECT_TRUE(ui.showsText("✓ 11月"));
    EXPECT_EQ(ui.app().registry().find("disclosure.community.hepan").size(), 1u);
}

// At 特大 not every community fits on the row: the later ones are behind 更多, and a script's tap
// finds them the way a resident does, by tapping 更多 until the choice is there.
TEST(DisclosureFlow, AtExtraLargeACommunityBehindMoreIsReachedThroughMore) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\nexpect screen disclosure_hub"), "");
    EXPECT_TRUE(ui.app().registry().find("disclosure.community.hepan").empty()) << "河畔村 fits at 特大 now";
    EXPECT_EQ(ui.app().registry().find("disclosure.community.xingfuli.more").size(), 1u);
    ASSERT_EQ(ui.run("tap disclosure.community.hepan\nexpect text ✓ 河畔村"), "");
    // A choice that is on no page still fails, after 更多 went round its pages.
    EXPECT_NE(ui.run("tap disclosure.community.nowhere").find("nothing named 'disclosure.community.nowhere'"),
              std::string::npos);
}

TEST(DisclosureFlow, PayoutsShowMaskedNamesOnlyWithTotals) {
    HeadlessUi ui;
    openPayouts(ui);
    const auto& payouts = ui.app().disclosures()->payouts("xingfuli", "2026-11");
    ASSERT_GT(payouts.size(), 10u);
    EXPECT_TRUE(ui.showsText("共 " + std::to_string(payouts.size()) + " 笔"));
    EXPECT_TRUE(ui.showsText("数据更新于 2026-11-16 08:00"));
    // The first rows are on screen, masked; no full name of any recipient is ever drawn.
    EXPECT_TRUE(ui.showsText(core::maskName(payouts[0]->recipientName)));
    for (const auto* p : payouts) {
        if (p->recipientName.size() > 3) {  // two or more characters: masking hides something
            EXPECT_FALSE(ui.showsText(p->recipientName)) << "a full name was drawn";
        }
    }
}

TEST(DisclosureFlow, FilterByTypeThenBackToAll) {
    HeadlessUi ui;
    openPayouts(ui);
    const auto gaoling = ui.app().disclosures()->payouts("xingfuli", "2026-11", "gaoling");
    ASSERT_FALSE(gaoling.empty());
    ASSERT_EQ(ui.run("tap payouts.filter\nexpect screen payout_types\ntap payout_types.gaoling\nexpect screen payouts\n"
                     "expect text 补贴类型：高龄津贴"),
              "");
    EXPECT_TRUE(ui.showsText("共 " + std::to_string(gaoling.size()) + " 笔"));
    ASSERT_EQ(ui.run("tap payouts.filter\ntap payout_types.all\nexpect text 补贴类型：全部类型"), "");
}

TEST(DisclosureFlow, ARowOpensItsDetailWithFundingSource) {
    HeadlessUi ui;
    openPayouts(ui);
    const auto* first = ui.app().disclosures()->payouts("xingfuli", "2026-11")[0];
    ASSERT_EQ(ui.run("tap payouts.row.0\nexpect screen payout_detail"), "");
    EXPECT_TRUE(ui.showsText(first->fundingSource));
    EXPECT_TRUE(ui.showsText(core::maskName(first->recipientName)));
    ASSERT_EQ(ui.run("tap topbar.back\nexpect screen payouts"), "");
}

TEST(DisclosureFlow, APayoutThatLooksWrongIsReportedWithItsMonthAndTypeFilledIn) {
    HeadlessUi ui;
    openPayouts(ui);
    const auto* first = ui.app().disclosures()->payouts("xingfuli", "2026-11")[0];
    const std::string type = ui.app().disclosures()->typeName(first->subsidyTypeId);
    ASSERT_EQ(
        ui.run("tap payouts.row.0\nexpect screen payout_detail\ntap payout_detail.report\nexpect screen file_case"),
        "");
    // 投诉 and 低保补贴 chosen for him (ticked, his to change); the description starts with what
    // it is about, without the name.
    const core::CaseFlow& flow = *ui.app().caseSession().flow;
    EXPECT_EQ(flow.draft().kind, core::CaseKind::Complaint);
    EXPECT_EQ(flow.draft().categoryCode, "subsidy") << "the bundled catalog's 低保补贴";
    EXPECT_EQ(flow.draft().communityId, "xingfuli");
    EXPECT_EQ(flow.draft().description, "关于2026年11月的" + type + "发放：");
    // The first step says what this is about: not a blank form after 我要反映, at every size.
    EXPECT_TRUE(ui.showsText("这次反映的是：关于2026年11月的" + type + "发放。"));
    ASSERT_EQ(ui.run("tap case.kind.complaint\nexpect text ✓ 低保补贴\ntap case.next\nexpect text 问题发生在哪里？\n"
                     "tap case.place.0\ntap case.next\nexpect text 关于2026年11月的"),
              "");
}

TEST(DisclosureFlow, ASwipeScrollsAndClicksNothing) {
    HeadlessUi ui;
    openPayouts(ui);
    ASSERT_EQ(ui.run("expect text 补贴类型：全部类型"), "");
    ASSERT_FALSE(ui.app().registry().find("payouts.row.0").empty());
    // The swipe starts on row 1 (a button) and moves up: the list scrolls, the row does not open.
    ASSERT_EQ(ui.run("swipe payouts.row.1 -400\nexpect screen payouts"), "");
    for (int i = 0; i < 120; ++i) ui.frame();  // let the fling run out
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::Payouts);
    EXPECT_TRUE(ui.app().registry().find("payouts.row.0").empty()) << "the list did not scroll";
    EXPECT_FALSE(ui.app().registry().find("payouts.list.page_up").empty());
    // Paging back up reaches the top again.
    for (int i = 0; i < 5 && !ui.app().registry().find("payouts.list.page_up").empty(); ++i) {
        ASSERT_EQ(ui.tap("payouts.list.page_up"), "");
    }
    EXPECT_FALSE(ui.app().registry().find("payouts.row.0").empty());
}

TEST(DisclosureFlow, ChoosingAnotherCommunityAndMonth) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.community.hepan\n"
                     "tap disclosure.month.2025-12\nexpect text ✓ 河畔村\nexpect text ✓ 2025年12月\n"
                     "tap disclosure.payouts\nexpect text 河畔村 · 2025年12月"),
              "");
    const auto& list = ui.app().disclosures()->payouts("hepan", "2025-12");
    EXPECT_TRUE(ui.showsText("共 " + std::to_string(list.size()) + " 笔"));
}

TEST(DisclosureFlow, TimeoutForgetsTheChoices) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.community.hepan\nwait 125\n"
                     "expect screen attract\ntap attract.wake\ntap home.tile.disclosure"),
              "");
    EXPECT_TRUE(ui.showsText("✓ 幸福里社区"));
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// A month's income and spending, as the statement's lines add up.
std::pair<std::int64_t, std::int64_t> incomeAndSpending(const core::FinanceStatement& f) {
    std::int64_t income = 0;
    std::int64_t expense = 0;
    for (const auto& line : f.lines) (line.isIncome ? income : expense) += line.amountFen;
    return {income, expense};
}

TEST(DisclosureFlow, FinancesShowTotalsThatAddUp) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.finances\nexpect screen finances"),
              "");
    const core::FinanceStatement* f = ui.app().disclosures()->finance("xingfuli", "2026-11");
    ASSERT_NE(f, nullptr);
    const auto [income, expense] = incomeAndSpending(*f);
    EXPECT_TRUE(ui.showsText(core::formatYuan(income)));
    EXPECT_TRUE(ui.showsText(core::formatYuan(expense)));
    EXPECT_TRUE(ui.showsText(core::formatYuan(f->balanceFen)));
    EXPECT_TRUE(ui.showsText("支出去向"));
    // The opening balance makes the sum read true: opening + income - spending = closing.
    EXPECT_TRUE(ui.showsText("期初结余"));
    EXPECT_TRUE(ui.showsText(core::formatYuan(f->balanceFen - income + expense) + " 元"));
    EXPECT_TRUE(ui.showsText("收支明细"));
}

// The payout rows wholly on a screen `height` tall (of the first ten).
int payoutRowsOnScreen(HeadlessUi& ui, float height) {
    int shown = 0;
    for (int row = 0; row < 10; ++row) {
        const auto found = ui.app().registry().find("payouts.row." + std::to_string(row));
        if (!found.empty() && found[0]->max.y <= height) ++shown;
    }
    return shown;
}

// At 大 in landscape the lists keep their rows: the page buttons are controls (the controls'
// font, not the body's), so the payouts show three rows a page, not two; and where the chart has
// no room beside the finance table, the four figures stand there as their sum.
TEST(DisclosureFlow, AtLargeInLandscapeTheListsKeepTheirRowsAndTheSum) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"large\"\n";
    HeadlessUi ui(options);
    openPayouts(ui);
    const int rowsShown = payoutRowsOnScreen(ui, options.height);
    EXPECT_GE(rowsShown, 3);
    ASSERT_EQ(ui.run("tap topbar.back\ntap disclosure.finances\nexpect screen finances"), "");
    const core::FinanceStatement* f = ui.app().disclosures()->finance("xingfuli", "2026-11");
    ASSERT_NE(f, nullptr);
    std::int64_t income = 0;
    for (const auto& line : f->lines) income += line.isIncome ? line.amountFen : 0;
    for (const char* label : {"期初结余", "＋ 收入合计", "－ 支出合计", "＝ 期末结余"}) {
        EXPECT_TRUE(ui.showsText(label)) << label;
    }
    EXPECT_TRUE(ui.showsText(core::formatYuan(income) + " 元"));
    EXPECT_FALSE(ui.showsText("期末结余：" + core::formatYuan(f->balanceFen) + " 元")) << "the sum says it";
}

// 特大 in portrait: rows of three lines read without the headings, and a page holds two of them
// (with the headings above it held one: 第1/44页 with a third of the screen empty).
TEST(DisclosureFlow, AtExtraLargeInPortraitAPageHoldsTwoPayouts) {
    testing::HeadlessOptions options;
    options.width = 1080;
    options.height = 1920;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    openPayouts(ui);
    const int rowsShown = payoutRowsOnScreen(ui, options.height);
    EXPECT_GE(rowsShown, 2);
    EXPECT_FALSE(ui.showsText("第 1/44 页"));
}

// 特大: the four figures have no room as boxes above the table (they left it one line, under a
// lone 期末结余), so the table's first page is the sum itself — 期初结余 + 收入合计 − 支出合计 =
// 期末结余 — in both orientations, with the whole screen's height for the table in landscape.
TEST(DisclosureFlow, AtExtraLargeTheFinanceTableStartsWithTheSum) {
    testing::HeadlessOptions base;
    base.configText = "[ui]\ntext_size = \"extra_large\"\n";
    for (const bool portrait : {false, true}) {
        testing::HeadlessOptions options = base;
        if (portrait) std::swap(options.width, options.height);
        const std::string where = portrait ? "portrait" : "landscape";
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.finances\nexpect screen finances"),
                  "");
        const core::FinanceStatement* f = ui.app().disclosures()->finance("xingfuli", "2026-11");
        ASSERT_NE(f, nullptr);
        const auto [income, expense] = incomeAndSpending(*f);
        for (const char* label : {"期初结余", "＋ 收入合计", "－ 支出合计", "＝ 期末结余"}) {
            EXPECT_TRUE(ui.showsText(label)) << label << " " << where;
        }
        for (const std::int64_t fen : {f->balanceFen - income + expense, income, expense, f->balanceFen}) {
            EXPECT_TRUE(ui.showsText(core::formatYuan(fen) + " 元")) << core::formatYuan(fen) << " " << where;
        }
        for (const auto& w : ui.app().registry().widgets()) EXPECT_LE(w.max.y, options.height) << w.id << " " << where;
    }
}

// 按姓名查找 is the payout list's main action (the one red button): his own name is the quickest
// way to his own subsidy.
TEST(DisclosureFlow, SearchingByNameIsThePayoutListsMainAction) {
    HeadlessUi ui;
    openPayouts(ui);
    EXPECT_EQ(ui.app().registry().primaryButtons(), std::vector<std::string>{"payouts.search"});
}

// Portrait: the table keeps its headings, each row's date and status, and the › that says it opens.
TEST(DisclosureFlow, PortraitPayoutRowsShowHeadingsDateAndThatTheyOpen) {
    testing::HeadlessOptions options;
    options.width = 1080;
    options.height = 1920;
    HeadlessUi ui(options);
    openPayouts(ui);
    const auto payouts = ui.app().disclosures()->payouts("xingfuli", "2026-11");
    for (const char* heading : {"姓名", "金额", "补贴类型", "详情"}) EXPECT_TRUE(ui.showsText(heading)) << heading;
    EXPECT_TRUE(ui.showsText("发放日期  状态"));
    EXPECT_TRUE(ui.showsText(payouts[0]->paidOn + "  已发放"));
    EXPECT_TRUE(ui.showsText("›"));
}

// At 特大 the results have no room above the keypad: 查看结果 shows them on the whole screen.
TEST(DisclosureFlow, AtExtraLargeSearchResultsShowOnTheirOwnAfterShowResults) {
    testing::HeadlessOptions options;
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    HeadlessUi ui(options);
    openPayouts(ui);
    ASSERT_EQ(ui.run("tap payouts.search\ntap search.name.kbd.key.w\ntap search.name.kbd.key.d\n"
                     "tap search.name.kbd.key.h\nexpect text 找到 1 笔"),
              "");
    EXPECT_FALSE(ui.showsText("王*华")) << "no room for a row above the keyboard at 特大 landscape";
    ASSERT_EQ(ui.run("tap search.show_results\nexpect text 王*华"), "");
    EXPECT_TRUE(ui.app().registry().find("search.name.kbd.key.a").empty()) << "the keyboard gave the results its room";
    ASSERT_EQ(ui.run("tap search.type_more\nexpect text 找到 1 笔"), "");
    EXPECT_EQ(ui.app().registry().find("search.name.kbd.key.a").size(), 1u);
}

TEST(DisclosureFlow, NoticeListOpensTheReader) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.notices\nexpect screen notices"), "");
    const auto notices = ui.app().disclosures()->notices("xingfuli", "2026-11");
    ASSERT_EQ(notices.size(), 2u);
    EXPECT_TRUE(ui.showsText(notices[0]->title));
    ASSERT_EQ(ui.run("tap notices.row.1\nexpect screen notice_reader"), "");
    EXPECT_TRUE(ui.showsText(notices[1]->body));
}

// The lines of `body` the notice reader shows on its page (it also records the whole body, for
// 朗读: that record is not a line).
int noticeLinesShown(HeadlessUi& ui, const std::string& body) {
    int lines = 0;
    for (const auto& t : ui.app().registry().texts()) {
        if (!t.text.empty() && t.text != body && body.find(t.text) != std::string::npos) ++lines;
    }
    return lines;
}

// 特大: the first page of each notice holds its title and more than one line of its words: in
// landscape three (the page buttons beside the pages took a column: two; under them, the two-line
// title of the month's payout notice left two — now they stand under the code), four in portrait
// (three: the code for a phone grew with the text and took their room).
TEST(DisclosureFlow, AtExtraLargeANoticesFirstPageHoldsItsTitleAndLinesOfItsWords) {
    for (const bool portrait : {false, true}) {
        for (const int row : {0, 1}) {
            testing::HeadlessOptions options;
            if (portrait) std::swap(options.width, options.height);
            options.configText = "[ui]\ntext_size = \"extra_large\"\n";
            HeadlessUi ui(options);
            ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.notices\ntap notices.row." +
                             std::to_string(row) + "\nexpect screen notice_reader"),
                      "");
            const auto notices = ui.app().disclosures()->notices("xingfuli", "2026-11");
            const std::string where = (portrait ? "portrait, notice " : "landscape, notice ") + std::to_string(row);
            EXPECT_TRUE(ui.showsText(notices[static_cast<std::size_t>(row)]->title) ||
                        noticeLinesShown(ui, notices[static_cast<std::size_t>(row)]->title) > 0)
                << where;
            EXPECT_GE(noticeLinesShown(ui, notices[static_cast<std::size_t>(row)]->body), portrait ? 4 : 3) << where;
            for (const auto& w : ui.app().registry().widgets()) EXPECT_LE(w.max.y, options.height) << w.id;
            // Page after page, the last line of the words comes (▼ works wherever it stands).
            const std::string& body = notices[static_cast<std::size_t>(row)]->body;
            for (int page = 0; page < 10 && !ui.app().registry().find("notice.page.page_down").empty(); ++page) {
                ASSERT_EQ(ui.tap("notice.page.page_down"), "") << where;
            }
            const auto texts = ui.app().registry().texts();
            EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [&](const auto& t) {
                return t.text != body && !t.text.empty() && body.size() >= t.text.size() &&
                       body.compare(body.size() - t.text.size(), t.text.size(), t.text) == 0;
            })) << where;
        }
    }
}

// 继续在手机上看: under the notice, its page on the platform as a QR code — in the one shape the
// kiosk's own camera reads back into this very notice.
TEST(DisclosureFlow, TheNoticeReaderOffersTheNoticeOnAPhone) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.notices\ntap notices.row.1\n"
                     "expect screen notice_reader\nexpect text 用手机扫码，在手机上继续看这条公告："),
              "");
    const auto notices = ui.app().disclosures()->notices("xingfuli", "2026-11");
    const auto& codes = ui.app().registry().qrCodes();
    const auto qr = std::find_if(codes.begin(), codes.end(), [](const auto& c) { return c.id == "notice.qr"; });
    ASSERT_NE(qr, codes.end());
    EXPECT_EQ(qr->text, "https://jdydt.example.cn/n/" + notices[1]->id);
    const core::QrAction read = core::routeQrPayload(qr->text, ui.app().config().cases.trackingLink);
    EXPECT_EQ(read.kind, core::QrKind::Notice);
    EXPECT_EQ(read.id, notices[1]->id);
    // The unattended display's code: the platform's home page, for passers-by.
    ASSERT_EQ(ui.run("tap topbar.home\nwait 200\nexpect screen attract"), "");
    const auto& attract = ui.app().registry().qrCodes();
    const auto home = std::find_if(attract.begin(), attract.end(), [](const auto& c) { return c.id == "attract.qr"; });
    ASSERT_NE(home, attract.end());
    EXPECT_EQ(home->text, "https://jdydt.example.cn/");
    EXPECT_TRUE(ui.showsText("扫码用手机监督"));
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(DisclosureFlow, SearchByPinyinInitialsShowsMaskedMatches) {
    HeadlessUi ui;
    openPayouts(ui);
    ASSERT_EQ(ui.run("tap payouts.search\nexpect screen payout_search\ntap search.name.kbd.key.w\n"
                     "tap search.name.kbd.key.d\ntap search.name.kbd.key.h\nexpect text 找到"),
              "");
    const auto& index = *ui.app().disclosures();
    const auto expected = index.nameSearch()->filter(index.payouts("xingfuli", "2026-11"), "wdh");
    ASSERT_FALSE(expected.empty());
    EXPECT_TRUE(ui.showsText("找到 " + std::to_string(expected.size()) + " 笔"));
    ASSERT_EQ(ui.tap("search.show_results"), "");
    EXPECT_TRUE(ui.showsText("王*华"));
    EXPECT_FALSE(ui.showsText("王大华"));  // masked, always

    // Every row shown is a match: each masked name on screen belongs to an expected payout.
    for (const auto& w : ui.app().registry().widgets()) {
        if (w.id.rfind("payouts.row.", 0) != 0) continue;
        const bool isExpected = std::any_of(expected.begin(), expected.end(), [&](const core::Payout* p) {
            return core::maskName(p->recipientName) == w.label;
        });
        EXPECT_TRUE(isExpected) << w.label;
    }
    // 删除 takes one letter back at a time, down to nothing typed: how to give the name again.
    ASSERT_EQ(ui.tap("search.type_more"), "");
    const auto wd = index.nameSearch()->filter(index.payouts("xingfuli", "2026-11"), "wd");
    ASSERT_EQ(ui.run("tap search.name.kbd.erase\nexpect text 找到 " + std::to_string(wd.size()) + " 笔"), "");
    ASSERT_EQ(ui.run("tap search.name.kbd.erase\ntap search.name.kbd.erase\nexpect text 首字母"), "");
}

// Before he types, the search says how to give the name, at every text size and in both
// orientations (at 特大 it once gave way to "nothing typed yet").
TEST(DisclosureFlow, TheEmptySearchSaysHowToGiveTheNameAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        openPayouts(ui);
        ASSERT_EQ(ui.run("tap payouts.search\nexpect screen payout_search"), "") << where;
        EXPECT_TRUE(ui.showsText("首字母")) << where;
    });
}

// The whole name in characters, as he would give it (here chosen from the pinyin candidates, one
// character at a time): his rows, masked; a part of the name finds nothing and asks for all of it.
TEST(DisclosureFlow, SearchByTheWholeNameInCharactersFindsOnlyThatName) {
    HeadlessUi ui;
    openPayouts(ui);
    ASSERT_EQ(ui.run("tap payouts.search\nexpect screen payout_search"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.showsText("候选字准备中"); }));
    ASSERT_EQ(ui.run("type wang\ntap 王\nexpect text 没有找到。请写全名"), "");
    ASSERT_EQ(ui.run("type da\nexpect text 请把名字写完\ntap 大\ntype hua\ntap 华"), "");
    const auto& index = *ui.app().disclosures();
    const auto expected =
        index.nameSearch()->filter(index.payouts("xingfuli", "2026-11"), core::nameQueryFrom("王大华", ""));
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(ui.run("expect text 找到 " + std::to_string(expected.size()) +
                     " 笔\ntap search.show_results\nexpect text 王*华"),
              "");
    for (const auto& w : ui.app().registry().widgets()) {
        if (w.id.rfind("payouts.row.", 0) == 0) {
            EXPECT_EQ(w.label.rfind("王*华", 0), 0u) << w.label;
        }
    }
}

TEST(DisclosureFlow, SearchWithNoMatchSaysSoInPlainWords) {
    HeadlessUi ui;
    openPayouts(ui);
    ASSERT_EQ(ui.run("tap payouts.search\ntap search.name.kbd.key.x\ntap search.name.kbd.key.x\n"
                     "tap search.name.kbd.key.x\ntap search.name.kbd.key.x\nexpect text 没有找到"),
              "");
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(DisclosureFlow, OldDataIsFlaggedInWords) {
    HeadlessUi ui;
    openPayouts(ui);
    EXPECT_FALSE(ui.showsText("数据可能不是最新的"));  // the demo set is six days "old" on the test clock
    ui.clock().advance(core::Seconds{40.0 * 86400});   // forty days later, the same list
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.payouts"), "");
    EXPECT_TRUE(ui.showsText("数据更新于 2026-11-16 08:00（数据可能不是最新的）"));
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(DisclosureFlow, NoRecipientNameEverReachesTheLog) {
    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(5000);
    spdlog::default_logger()->sinks().push_back(ring);
    {
        HeadlessUi ui;
        openPayouts(ui);
        ASSERT_EQ(ui.run("tap payouts.row.0\ntap topbar.back\ntap payouts.search\ntap search.name.kbd.key.w\ntap "
                         "search.name.kbd.key.d\n"
                         "tap topbar.read_aloud\ntap topbar.home"),
                  "");
        const auto lines = ring->last_formatted();
        ASSERT_FALSE(lines.empty());  // the flow does log (content loaded, fonts built, read aloud ...)
        for (const auto& p : ui.app().disclosures()->set().payouts) {
            if (p.recipientName.size() <= 3) continue;  // one character is no name
            for (const auto& line : lines) ASSERT_EQ(line.find(p.recipientName), std::string::npos) << line;
        }
    }
    auto& sinks = spdlog::default_logger()->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), ring), sinks.end());
}

}  // namespace
}  // namespace kiosk
