#include "print_bench.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "core/escpos.h"
#include "measures.h"
#include "platform/slip_painter.h"
#include "printing/sample_receipt.h"

namespace kiosk::bench {
namespace {

constexpr const char* kFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kSlips = 20;

}  // namespace

void benchPrint(const std::function<void(const char*, double, const char*)>& figure) {
    const auto opening = std::chrono::steady_clock::now();
    std::string problem;
    const auto painter = platform::SlipPainter::open(kFont, 2, &problem);
    if (!painter) {
        std::fprintf(stderr, "kiosk-bench: no slip font: %s\n", problem.c_str());
        return;
    }
    figure("print_painter_open_ms", msSince(opening), "ms");
    const core::StringTable strings = testing::chineseStrings();
    core::ReceiptFacts facts = testing::aFiledCase();
    facts.pin = "4821";  // anonymous: the fullest slip
    for (const auto& [name, dots] :
         {std::pair{"print_slip_render_ms", 576}, std::pair{"print_slip_render_ms_58mm", 384}}) {
        std::vector<double> times;
        std::size_t bytesSent = 0;
        for (int i = 0; i < kSlips; ++i) {
            const auto start = std::chrono::steady_clock::now();
            core::escpos::Bytes bytes;
            core::escpos::appendInitialize(bytes);
            core::escpos::appendRaster(bytes, painter->paint(core::receiptSlip(facts, strings), dots));
            core::escpos::appendFeedLines(bytes, 3);
            core::escpos::appendCut(bytes, core::escpos::Cut::Partial);
            times.push_back(msSince(start));
            bytesSent = bytes.size();
        }
        if (bytesSent == 0) std::fprintf(stderr, "kiosk-bench: an empty slip\n");
        figure(name, percentile(times, 95), "ms");
    }
}

}  // namespace kiosk::bench
