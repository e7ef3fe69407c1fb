// The printer link against the tests' own printer (support/virtual_printer): loopback TCP as a
// network printer, a pseudo-terminal as a serial one. What arrives is printed by the tests' own
// ESC/POS reader and its QR code read back; the printer's answers to DLE EOT decide what is sent.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/escpos.h"
#include "core/qr_decoder.h"
#include "core/receipt_slip.h"
#include "core/string_table.h"
#include "platform/receipt_printer_link.h"
#include "platform/slip_painter.h"
#include "printing/sample_receipt.h"
#include "support/escpos_paper.h"
#include "support/virtual_printer.h"

namespace kiosk {
namespace {

using testing::VirtualPrinter;
using Outcome = platform::PrinterReport::Outcome;

platform::PrinterLinkOptions optionsFor(const std::string& device) {
    platform::PrinterLinkOptions options;
    options.address = *core::parsePrinterAddress(device);
    options.timeout = std::chrono::milliseconds(1500);
    options.statusTimeout = std::chrono::milliseconds(300);
    return options;
}

core::escpos::Bytes slipJob(const std::string& link) {
    std::string problem;
    auto painter = platform::SlipPainter::open("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, &problem);
    EXPECT_TRUE(painter) << problem;
    core::ReceiptFacts facts = testing::aFiledCase();
    facts.link = link;
    core::escpos::Bytes job;
    core::escpos::appendInitialize(job);
    core::escpos::appendRaster(job, painter->paint(core::receiptSlip(facts, testing::chineseStrings()), 576));
    core::escpos::appendCut(job, core::escpos::Cut::Partial);
    return job;
}

// Waits until the printer has `size` bytes (the link returns once the kernel took them).
std::vector<std::uint8_t> receivedAtLeast(const VirtualPrinter& printer, std::size_t size) {
    for (int i = 0; i < 200 && printer.received().size() < size; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return printer.received();
}

void expectSlipReadsBack(const std::vector<std::uint8_t>& bytes, const std::string& link) {
    const testing::EscposPaper paper = testing::printOnPaper(bytes);
    ASSERT_EQ(paper.error, "");
    EXPECT_EQ(paper.cuts, std::vector<std::string>{"partial"});
    EXPECT_GE(paper.statusQueries.size(), 3u) << "the state is asked before the job";
    const auto gray = paper.gray();
    const auto read = core::decodeQr({gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1});
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, link);
}

class LinkTo : public ::testing::TestWithParam<VirtualPrinter::Link> {};

TEST_P(LinkTo, AnOnlinePrinterGetsTheWholeSlip) {
    VirtualPrinter printer(GetParam(), VirtualPrinter::State::Online);
    const std::string link = "https://jdydt.example.cn/t/2026110267";
    const core::escpos::Bytes job = slipJob(link);
    const platform::PrinterReport report = platform::PrinterLink(optionsFor(printer.device())).print(job);
    ASSERT_EQ(report.outcome, Outcome::Printed) << report.problem;
    EXPECT_TRUE(report.statusKnown);
    expectSlipReadsBack(receivedAtLeast(printer, job.size()), link);
}

TEST_P(LinkTo, APrinterOutOfPaperOrWithItsCoverOpenIsSentNothing) {
    for (auto state : {VirtualPrinter::State::PaperEnd, VirtualPrinter::State::CoverOpen}) {
        VirtualPrinter printer(GetParam(), state);
        const platform::PrinterReport report =
            platform::PrinterLink(optionsFor(printer.device())).print(slipJob("https://a.cn/t/1"));
        EXPECT_EQ(report.outcome, Outcome::NotReady);
        ASSERT_TRUE(report.statusKnown);
        EXPECT_EQ(report.status.paperEnd, state == VirtualPrinter::State::PaperEnd);
        EXPECT_EQ(report.status.coverOpen, state == VirtualPrinter::State::CoverOpen);
        EXPECT_TRUE(report.status.offline);
        const testing::EscposPaper paper = testing::printOnPaper(printer.received());
        EXPECT_EQ(paper.error, "");
        EXPECT_EQ(paper.inkedRows(), 0) << "only the status questions were sent";
    }
}

TEST_P(LinkTo, PaperNearItsEndStillPrintsAndSaysSo) {
    VirtualPrinter printer(GetParam(), VirtualPrinter::State::PaperNearEnd);
    const platform::PrinterReport report =
        platform::PrinterLink(optionsFor(printer.device())).print(slipJob("https://a.cn/t/1"));
    EXPECT_EQ(report.outcome, Outcome::Printed) << report.problem;
    EXPECT_TRUE(report.status.paperNearEnd);
    EXPECT_FALSE(report.status.paperEnd);
}

INSTANTIATE_TEST_SUITE_P(TcpAndSerial, LinkTo, ::testing::Values(VirtualPrinter::Link::Tcp, VirtualPrinter::Link::Pty),
                         [](const ::testing::TestParamInfo<VirtualPrinter::Link>& link) {
                             return link.param == VirtualPrinter::Link::Tcp ? "Tcp" : "Pty";
                         });

// A printer that hangs (takes the connection, answers nothing, reads nothing) is a fault within
// the link's deadline, not a hang.
TEST(PrinterLink, ASilentPrinterIsAFaultInSecondsNotAHang) {
    VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Silent);
    core::escpos::Bytes job;
    core::escpos::appendInitialize(job);
    core::escpos::appendRaster(job, {576, 120000, std::vector<std::uint8_t>(576 * 120000, 1)});  // ~8.6 MB
    const auto start = std::chrono::steady_clock::now();
    const platform::PrinterReport report = platform::PrinterLink(optionsFor(printer.device())).print(job);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(report.outcome, Outcome::Unreachable);
    EXPECT_FALSE(report.statusKnown);
    EXPECT_NE(report.problem.find("stopped taking data"), std::string::npos) << report.problem;
    EXPECT_LT(took, std::chrono::seconds(5));
}

// A plain file as the printer (a capture): each job goes after the last, nothing asks it a state,
// and a path that is not there is not made.
TEST(PrinterLink, APlainFileTakesEachJobAfterTheLast) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "kiosk-printer-capture.bin";
    std::filesystem::remove(file);
    EXPECT_EQ(platform::PrinterLink(optionsFor(file.string())).print({0x1B, 0x40}).outcome, Outcome::Unreachable);
    EXPECT_FALSE(std::filesystem::exists(file)) << "a missing device is a fault, not a new file";
    std::ofstream(file).close();
    const platform::PrinterLink link(optionsFor(file.string()));
    const platform::PrinterReport ready = link.status();
    EXPECT_EQ(ready.outcome, Outcome::Ready);
    EXPECT_FALSE(ready.statusKnown);
    EXPECT_EQ(link.print({0x1B, 0x40, 'a'}).outcome, Outcome::Printed);
    EXPECT_EQ(link.print({0x1B, 0x40, 'b'}).outcome, Outcome::Printed);
    std::ifstream in(file, std::ios::binary);
    const std::string captured{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(captured, std::string("\x1B@a\x1B@b")) << "no status questions, the second job after the first";
    std::filesystem::remove(file);
}

TEST(PrinterLink, NoPrinterThereIsSaidPlainly) {
    const platform::PrinterReport refused = platform::PrinterLink(optionsFor("tcp://127.0.0.1:1")).print({0x1B, 0x40});
    EXPECT_EQ(refused.outcome, Outcome::Unreachable);
    EXPECT_NE(refused.problem.find("127.0.0.1:1"), std::string::npos) << refused.problem;
    const platform::PrinterReport missing = platform::PrinterLink(optionsFor("/dev/usb/lp-none")).status();
    EXPECT_EQ(missing.outcome, Outcome::Unreachable);
    EXPECT_NE(missing.problem.find("/dev/usb/lp-none"), std::string::npos) << missing.problem;
}

}  // namespace
}  // namespace kiosk
