#include "qr_bench.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include "core/qr_decoder.h"
#include "measures.h"
#include "support/qr_corpus.h"

namespace kiosk::bench {

void benchQr(const std::function<void(const char*, double, const char*)>& figure) {
    const auto corpus = testing::makeQrCorpus();
    std::vector<std::uint8_t> scratch;
    std::vector<double> passes;
    std::vector<double> emptyQuick;
    int coded = 0;
    int read = 0;
    for (int round = 0; round < 3; ++round) {
        for (const auto& frame : corpus) {
            const core::GrayView view{frame.pixels.data(), testing::kFrameWidth, testing::kFrameHeight,
                                      testing::kFrameWidth, 1};
            for (core::QrPass pass : {core::QrPass::Quick, core::QrPass::QuickInverted, core::QrPass::Thorough,
                                      core::QrPass::ThoroughInverted}) {
                const auto start = std::chrono::steady_clock::now();
                const auto text = core::decodeQrPass(view, pass, scratch);
                const double ms = msSince(start);
                passes.push_back(ms);
                if (frame.expected.empty() && pass == core::QrPass::Quick) emptyQuick.push_back(ms);
                if (text && !frame.expected.empty() && *text != frame.expected) std::fprintf(stderr, "wrong text!\n");
            }
            if (round == 0 && !frame.expected.empty()) {
                ++coded;
                read += core::decodeQr(view) == frame.expected ? 1 : 0;
            }
        }
    }
    figure("qr_decode_p50_ms", percentile(passes, 0.5), "ms");
    figure("qr_decode_p95_ms", percentile(passes, 0.95), "ms");
    figure("qr_decode_empty_quick_ms", percentile(emptyQuick, 0.5), "ms");
    figure("qr_success_pct", 100.0 * read / std::max(1, coded), "%");
    figure("qr_corpus_frames", static_cast<double>(corpus.size()), "count");
}

}  // namespace kiosk::bench
