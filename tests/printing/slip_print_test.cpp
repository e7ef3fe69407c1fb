// The receipt slip end to end: its words (core/receipt_slip), painted with the kiosk's font
// (platform/slip_painter), encoded as ESC/POS (core/escpos), then printed by the tests' own
// printer (support/escpos_paper, written from the command reference) and read back: the QR code
// with ZXing, the paper's width, the cut.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/escpos.h"
#include "core/qr_decoder.h"
#include "core/receipt_slip.h"
#include "core/string_table.h"
#include "platform/slip_painter.h"
#include "printing/sample_receipt.h"
#include "support/escpos_paper.h"

namespace kiosk {
namespace {

constexpr const char* kFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

using testing::aFiledCase;
using testing::chineseStrings;

std::string texts(const core::Slip& slip) {
    std::string all;
    for (const auto& block : slip.blocks) all += block.text + "\n";
    return all;
}

TEST(ReceiptSlip, SaysReceivedOnlyOnceThePlatformHasTheCase) {
    const core::StringTable s = chineseStrings();
    core::ReceiptFacts facts = aFiledCase();
    EXPECT_NE(texts(core::receiptSlip(facts, s)).find("您反映的问题已收到"), std::string::npos);
    facts.delivered = false;
    const std::string offline = texts(core::receiptSlip(facts, s));
    EXPECT_EQ(offline.find("收到"), std::string::npos) << offline;
    EXPECT_NE(offline.find("已保存在本机，联网后自动送出"), std::string::npos);
}

TEST(ReceiptSlip, TheCodeInHugeGroupedDigitsAndThePinOnlyForAnAnonymousCase) {
    const core::StringTable s = chineseStrings();
    core::ReceiptFacts facts = aFiledCase();
    auto huge = [](const core::Slip& slip) {
        std::vector<std::string> out;
        for (const auto& b : slip.blocks) {
            if (b.size == core::SlipBlock::Size::Huge) out.push_back(b.text);
        }
        return out;
    };
    EXPECT_EQ(huge(core::receiptSlip(facts, s)), std::vector<std::string>{"20261 10267"});
    EXPECT_EQ(texts(core::receiptSlip(facts, s)).find("查询密码"), std::string::npos);
    facts.pin = "4821";
    const core::Slip anonymous = core::receiptSlip(facts, s);
    EXPECT_EQ(huge(anonymous), (std::vector<std::string>{"20261 10267", "4821"}));
    EXPECT_NE(texts(anonymous).find("唯一办法"), std::string::npos);
}

// 进度查询's slip: the code in huge grouped digits, where the case stands in words, each station
// with its date (or 还没到这一步), the department's words, and the case's page.
TEST(TimelineSlip, TheCodeWhereItStandsAndEachStation) {
    const core::StringTable s = chineseStrings();
    core::TimelineFacts facts;
    facts.hallName = "幸福里社区党群服务中心";
    facts.trackingCode = "2026111587";
    facts.category = "环境卫生";
    facts.place = "幸福里社区 · 3号楼";
    facts.stations = {{"已提交", true, "2026-11-15", "", ""},
                      {"已受理", true, "2026-11-16", "街道城管科", ""},
                      {"办理中", true, "", "", "已安排清运，本周内处理。"},
                      {"已办结", false, "", "", ""}};
    facts.link = "https://jdydt.example.cn/t/2026111587";
    const core::Slip slip = core::timelineSlip(facts, s);
    const std::string words = texts(slip);
    EXPECT_NE(words.find("办理进度单"), std::string::npos);
    EXPECT_NE(words.find("办理进度：办理中"), std::string::npos) << "the last station reached, in words";
    EXPECT_NE(words.find("● 已受理  2026-11-16"), std::string::npos) << words;
    EXPECT_NE(words.find("办理单位：街道城管科"), std::string::npos);
    EXPECT_NE(words.find("● 办理中  已完成"), std::string::npos) << "reached without a date";
    EXPECT_NE(words.find("已安排清运，本周内处理。"), std::string::npos);
    EXPECT_NE(words.find("○ 已办结  还没到这一步"), std::string::npos);
    std::vector<std::string> huge;
    std::vector<std::string> qr;
    for (const auto& b : slip.blocks) {
        if (b.size == core::SlipBlock::Size::Huge) huge.push_back(b.text);
        if (b.kind == core::SlipBlock::Kind::Qr) qr.push_back(b.text);
    }
    EXPECT_EQ(huge, std::vector<std::string>{"20261 11587"});
    EXPECT_EQ(qr, std::vector<std::string>{facts.link});
}

class SlipOnPaper : public ::testing::TestWithParam<int> {};

// Both paper widths: painted, encoded, printed by the tests' printer, its QR code read back.
TEST_P(SlipOnPaper, PrintsAsARasterWhoseQrCodeReadsBackAsTheCasesPage) {
    const int paperDots = GetParam();
    std::string problem;
    auto painter = platform::SlipPainter::open(kFont, 2, &problem);
    ASSERT_TRUE(painter) << problem;
    core::ReceiptFacts facts = aFiledCase();
    facts.pin = "4821";
    const core::escpos::MonoBitmap bitmap = painter->paint(core::receiptSlip(facts, chineseStrings()), paperDots);
    ASSERT_EQ(bitmap.width, paperDots);
    core::escpos::Bytes bytes;
    core::escpos::appendInitialize(bytes);
    core::escpos::appendRaster(bytes, bitmap);
    core::escpos::appendFeedLines(bytes, 3);
    core::escpos::appendCut(bytes, core::escpos::Cut::Partial);

    const testing::EscposPaper paper = testing::printOnPaper(bytes);
    ASSERT_EQ(paper.error, "");
    EXPECT_EQ(paper.width, paperDots);
    EXPECT_EQ(paper.initializations, 1);
    EXPECT_EQ(paper.cuts, std::vector<std::string>{"partial"});
    EXPECT_GT(paper.inkedRows(), 600) << "a slip of a dozen lines, large digits and a QR code";
    const std::string png =
        std::string(KIOSK_SCREENSHOT_DIR) + "/slips/receipt_slip_" + std::to_string(paperDots) + ".png";
    std::filesystem::create_directories(std::filesystem::path(png).parent_path());
    ASSERT_TRUE(paper.writePng(png));

    const std::vector<std::uint8_t> gray = paper.gray();
    const core::GrayView view{gray.data(), paper.width, static_cast<int>(paper.rows.size()), paper.width, 1};
    const auto read = core::decodeQr(view);
    ASSERT_TRUE(read) << "the QR code on " << png << " does not read";
    EXPECT_EQ(*read, facts.link);
}

INSTANTIATE_TEST_SUITE_P(PaperWidths, SlipOnPaper, ::testing::Values(576, 384),
                         [](const ::testing::TestParamInfo<int>& paper) {
                             return paper.param == 576 ? "80mm" : "58mm";
                         });

// The digits of the code stand across the paper at their largest: at least a third of the
// width on 80 mm paper (the painter's size for them fits the grouped code on one line).
TEST(SlipPainter, TheCodeDigitsAreTheLargestTextAndFitTheLine) {
    std::string problem;
    auto painter = platform::SlipPainter::open(kFont, 2, &problem);
    ASSERT_TRUE(painter) << problem;
    for (int paperDots : {576, 384}) {
        const int body = painter->pixelSize(core::SlipBlock::Size::Body, paperDots);
        const int huge = painter->pixelSize(core::SlipBlock::Size::Huge, paperDots);
        EXPECT_GE(body, 26) << paperDots;
        EXPECT_GE(huge, body * 2) << paperDots;
        core::Slip code;
        code.blocks.push_back({core::SlipBlock::Kind::Text, core::SlipBlock::Size::Huge, true, "20261 10267"});
        const auto bitmap = painter->paint(code, paperDots);
        // One line: the inked rows span at most one line's height.
        int first = -1, last = -1;
        for (int y = 0; y < bitmap.height; ++y) {
            for (int x = 0; x < bitmap.width; ++x) {
                if (bitmap.at(x, y)) {
                    if (first < 0) first = y;
                    last = y;
                    break;
                }
            }
        }
        ASSERT_GE(first, 0);
        EXPECT_LT(last - first, huge * 1.35) << paperDots << ": the code wrapped";
    }
}

TEST(SlipPainter, AMissingFontIsSaidNotCrashed) {
    std::string problem;
    EXPECT_FALSE(platform::SlipPainter::open("/nonexistent/font.ttc", 0, &problem));
    EXPECT_NE(problem.find("/nonexistent/font.ttc"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
