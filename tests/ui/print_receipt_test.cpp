// 打印回执, driven as a resident does: a case filed to its receipt, the print button tapped, the
// slip arriving at the tests' own printer (support/virtual_printer) and printed by the tests' own
// ESC/POS reader, its QR code read back as the case's page.
#include <gtest/gtest.h>

#include "core/qr_decoder.h"
#include "core/tracking_code.h"
#include "storage/pin_hash.h"
#include "support/escpos_paper.h"
#include "support/headless_ui.h"
#include "support/virtual_printer.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;
using testing::VirtualPrinter;

const std::string kToReceipt =
    "tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\ntap case.next\n"
    "tap case.place.here\ntap case.next\ntap case.description.phrase.0\ntap case.next\ntap case.next\n"
    "tap case.contact.anonymous\ntap case.next\nexpect text 请核对一下\ntap case.review.submit\n"
    "expect text 查询密码\n";

// A kiosk whose [printer] is `printer`, with more [printer] keys in `more`.
testing::HeadlessOptions withPrinter(const VirtualPrinter& printer, const std::string& more = "") {
    testing::HeadlessOptions options;
    options.configText = "[printer]\ndevice = \"" + printer.device() + "\"\n" + more;
    return options;
}

testing::EscposPaper paperOf(const VirtualPrinter& printer) {
    return testing::printOnPaper(printer.received());
}

// The paper once `cuts` slips have come out (the link says "printed" when the bytes are sent; the
// printer reads them a moment later).
testing::EscposPaper paperWithSlips(HeadlessUi& ui, const VirtualPrinter& printer, std::size_t cuts) {
    EXPECT_TRUE(ui.framesUntil([&] { return paperOf(printer).cuts.size() >= cuts; })) << "no slip came out";
    return paperOf(printer);
}

TEST(PrintReceipt, NoPrinterConfiguredNoPrintButton) {
    HeadlessUi ui;
    ASSERT_EQ(ui.run(kToReceipt), "");
    EXPECT_TRUE(ui.app().registry().find("print.receipt").empty());
}

TEST(PrintReceipt, TheSlipComesOutWithTheCodeAndTheCasesPage) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    HeadlessUi ui(withPrinter(printer));
    ASSERT_EQ(ui.run(kToReceipt + "tap print.receipt"), "");
    EXPECT_TRUE(ui.showsText("正在打印……"));
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); }));
    const auto& receipt = *ui.app().caseSession().receipt;
    const testing::EscposPaper paper = paperWithSlips(ui, printer, 1);
    ASSERT_EQ(paper.error, "");
    EXPECT_EQ(paper.cuts.size(), 1u);
    const auto gray = paper.gray();
    const auto read = core::decodeQr({gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1});
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, "https://jdydt.example.cn/t/" + receipt.trackingCode);
    // The code stays on screen, and the button offers another slip.
    EXPECT_TRUE(ui.showsText(core::groupTrackingCode(receipt.trackingCode)));
    EXPECT_FALSE(ui.app().registry().find("print.receipt").empty());
    // Read aloud like every screen: 请取走回执 with the rest.
    ASSERT_EQ(ui.run("tap topbar.read_aloud"), "");
    ASSERT_FALSE(ui.speech().said.empty());
    EXPECT_NE(ui.speech().said.back().find("请取走回执"), std::string::npos) << ui.speech().said.back();
}

// A slip that came out torn or was taken by someone else: 再打印一张 stays at every text size, in
// both orientations (at 特大 it once went where the page was short of room).
TEST(PrintReceipt, AnotherSlipCanBePrintedAtEverySize) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    testing::forEverySizeAndOrientation(
        withPrinter(printer), [](const testing::HeadlessOptions& options, const std::string& where) {
            HeadlessUi ui(options);
            ASSERT_EQ(ui.run(kToReceipt + "tap print.receipt"), "") << where;
            ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); })) << where;
            const auto again = ui.app().registry().find("print.receipt");
            ASSERT_EQ(again.size(), 1u) << where;
            EXPECT_EQ(again[0]->label, "再打印一张");
        });
}

TEST(PrintReceipt, OutOfPaperSaysSoInWordsAndKeepsTheCode) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::PaperEnd);
    HeadlessUi ui(withPrinter(printer));
    ASSERT_EQ(ui.run(kToReceipt + "tap print.receipt"), "");
    ASSERT_TRUE(
        ui.framesUntil([&] { return ui.showsText("打印机没纸了，请找工作人员。查询码就在这一页上，请先记下来。"); }));
    EXPECT_TRUE(ui.showsText(core::groupTrackingCode(ui.app().caseSession().receipt->trackingCode)));
    EXPECT_EQ(paperOf(printer).inkedRows(), 0);
    // Paper loaded: the next try prints.
    printer.setState(VirtualPrinter::State::Online);
    ASSERT_EQ(ui.run("tap print.receipt"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); }));
    EXPECT_EQ(paperWithSlips(ui, printer, 1).cuts.size(), 1u);
}

// A hung printer (takes the connection, answers nothing, reads nothing): the screen keeps drawing
// and answering taps while the worker waits it out, and the wait ends. (Whether the slip counts
// as printed depends on how much the connection buffers: a link that never answers DLE EOT
// cannot say; the link's own test sends a job too big to buffer and sees the fault.)
TEST(PrintReceipt, ASilentPrinterNeverFreezesTheScreen) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Silent);
    HeadlessUi ui(withPrinter(printer));
    ASSERT_EQ(ui.run(kToReceipt), "");
    // Printing on the UI thread would hold this tap's frame for the status answer's 0.6 s at least.
    const auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(ui.run("tap print.receipt\nexpect text 正在打印……"), "");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(300)) << "the frame waited";
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.showsText("正在打印……"); }, std::chrono::seconds(15)));
    EXPECT_TRUE(ui.showsText(core::groupTrackingCode(ui.app().caseSession().receipt->trackingCode)));
}

// printer.qr = "native": the printer draws the QR code itself (GS ( k) with the case's page.
TEST(PrintReceipt, ThePrintersOwnQrCodeWhenConfigured) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    HeadlessUi ui(withPrinter(printer, "qr = \"native\"\n"));
    ASSERT_EQ(ui.run(kToReceipt + "tap print.receipt"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); }));
    const testing::EscposPaper paper = paperWithSlips(ui, printer, 1);
    ASSERT_EQ(paper.error, "");
    const std::string link = "https://jdydt.example.cn/t/" + ui.app().caseSession().receipt->trackingCode;
    EXPECT_EQ(paper.nativeQrPrinted, std::vector<std::string>{link});
    const auto gray = paper.gray();
    EXPECT_FALSE(core::decodeQr({gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1}))
        << "no second QR code in the raster";
}

TEST(PrintReceipt, AutoPrintAndOneSlipPerCase) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    HeadlessUi ui(withPrinter(printer, "auto_print = true\n"));
    ASSERT_EQ(ui.run(kToReceipt), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); }));
    // 再反映一个问题: the second case's receipt prints its own slip.
    ASSERT_EQ(ui.run("tap case.receipt.another\ntap case.kind.complaint\ntap case.category.traffic\ntap case.next\n"
                     "tap case.next\ntap case.description.phrase.0\ntap case.next\ntap case.next\ntap case.next\n"
                     "expect text 请核对一下\ntap case.review.submit\nexpect text 查询密码"),
              "");
    ASSERT_TRUE(ui.framesUntil([&] { return paperOf(printer).cuts.size() == 2; }));
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走回执。"); }));
}

std::string keyTaps(const std::string& prefix, const std::string& digits) {
    std::string script;
    for (char c : digits) script += "tap " + prefix + c + "\n";
    return script;
}

// A slip is left on counters and in bins: a case filed with a phone number and a description
// prints neither — not in the bytes sent, not in the printer's own QR code (the slip's facts have
// no field for them).
TEST(PrintReceipt, NeitherThePhoneNumberNorTheDescriptionLeavesOnTheSlip) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    HeadlessUi ui(withPrinter(printer, "qr = \"native\"\n"));
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.contact.phone\n" +
                     keyTaps("case.phone.key.", "13800138000") +
                     "tap case.next\ntap case.review.submit\nexpect text 查询码\ntap print.receipt"),
              "");
    const auto pending = ui.app().caseDesk().outbox()->pending();
    ASSERT_EQ(pending.size(), 1u);
    const std::string description = pending[0].description;
    ASSERT_FALSE(description.empty());
    const testing::EscposPaper paper = paperWithSlips(ui, printer, 1);
    ASSERT_EQ(paper.error, "");
    const std::vector<std::uint8_t> bytes = printer.received();
    const std::string stream(bytes.begin(), bytes.end());
    for (const std::string& secret :
         {std::string("13800138000"), std::string("138 0013 8000"), std::string("138****8000"), description}) {
        EXPECT_EQ(stream.find(secret), std::string::npos) << secret;
    }
    ASSERT_EQ(paper.nativeQrPrinted.size(), 1u);
    EXPECT_EQ(paper.nativeQrPrinted[0], "https://jdydt.example.cn/t/" + pending[0].trackingCode);
}

// After 打印办理进度 the progress slip can be printed again at every size in portrait (at 特大 the
// block kept only 请取走进度单 to spare the road a page, and the road paged anyway). In landscape
// at 特大 the result's narrow column keeps only the outcome (docs/architecture.md).
TEST(PrintProgress, AnotherSlipCanBePrintedAtEverySizeInPortrait) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    testing::HeadlessOptions base = withPrinter(printer);
    base.demoCases = true;  // 2026111587 (办理中, phone ending 9000)
    testing::forEverySizeAndOrientation(base, [](const testing::HeadlessOptions& options, const std::string& where) {
        if (options.width > options.height) return;
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\n" + keyTaps("track.key.", "20261115879000") +
                         "tap track.lookup\nexpect text 办理中\ntap print.timeline"),
                  "")
            << where;
        ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走进度单。"); })) << where;
        const auto again = ui.app().registry().find("print.timeline");
        ASSERT_EQ(again.size(), 1u) << where;
        EXPECT_EQ(again[0]->label, "再打印一张") << where;
    });
}

// 进度查询 → 打印办理进度: the case's road comes out as a slip whose QR code is the case's page.
TEST(PrintProgress, TheCaseFoundPrintsItsRoadWithItsPage) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    testing::HeadlessOptions options = withPrinter(printer);
    options.demoCases = true;  // 2026111587 (办理中, phone ending 9000)
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.track\n" + keyTaps("track.key.", "20261115879000") +
                     "tap track.lookup\nexpect text 办理中\ntap print.timeline\nexpect text 正在打印……"),
              "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("请取走进度单。"); }));
    const testing::EscposPaper paper = paperWithSlips(ui, printer, 1);
    ASSERT_EQ(paper.error, "");
    const auto gray = paper.gray();
    const auto read = core::decodeQr({gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1});
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, "https://jdydt.example.cn/t/2026111587");
    EXPECT_EQ(ui.app().usage().counts().slipsPrinted(), 1) << "a resident's slip is counted for the day";
    // 查另一件: the next case is another slip, not yet printed.
    ASSERT_EQ(ui.run("tap track.again\n" + keyTaps("track.key.", "20261102678000") + "tap track.lookup\n"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.app().registry().find("print.timeline").empty(); }));
    EXPECT_FALSE(ui.showsText("请取走进度单。"));
}

const std::string kToOperatorPanel =
    "hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap staff.key.1\n"
    "tap staff.key.3\ntap staff.pin.ok\ntap staff.operator\nexpect screen operator_panel\n";

testing::HeadlessOptions withPrinterAndStaff(const VirtualPrinter& printer) {
    testing::HeadlessOptions options = withPrinter(printer);
    options.configText += "[staff]\npin_hash = \"" + storage::hashPin("246813", 20000) + "\"\n";
    return options;
}

// The operator panel: the printer's state as the printer says it (asked while idle, before any
// slip), a test slip whose QR code reads back, and the day's slips (the test not among them).
TEST(PrinterForStaff, ThePanelSaysThePaperRunsLowAndATestSlipPrints) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::PaperNearEnd);
    HeadlessUi ui(withPrinterAndStaff(printer));
    ASSERT_EQ(ui.run(kToOperatorPanel), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("回执打印机"); }));
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("纸快用完了，请尽快换纸"); }))
        << "the state is asked without a slip printed";
    EXPECT_EQ(paperOf(printer).inkedRows(), 0);
    ASSERT_EQ(ui.run("tap operator.printer_test"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("测试页已打印"); }));
    const testing::EscposPaper paper = paperWithSlips(ui, printer, 1);
    const auto gray = paper.gray();
    const auto read = core::decodeQr({gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1});
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, "打印测试");
    EXPECT_EQ(ui.app().usage().counts().slipsPrinted(), 0) << "the operator's test is not a resident's slip";
}

TEST(PrinterForStaff, NoPrinterNoTestButtonAndThePanelSaysSo) {
    testing::HeadlessOptions options;
    options.configText = "[staff]\npin_hash = \"" + storage::hashPin("246813", 20000) + "\"\n";
    HeadlessUi ui(options);
    ASSERT_EQ(ui.run(kToOperatorPanel), "");
    EXPECT_TRUE(ui.app().registry().find("operator.printer_test").empty());
    EXPECT_TRUE(ui.showsText("未配置打印机"));
}

}  // namespace
}  // namespace kiosk
