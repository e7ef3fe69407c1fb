#include "qr_bench.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "core/qr_decoder.h"
#include "measures.h"
#include "support/qr_corpus.h"
#include "support/qr_hall_corpus.h"

namespace kiosk::bench {
namespace {

core::GrayView viewOf(const testing::QrFrame& frame) {
    return {frame.pixels.data(), testing::kFrameWidth, testing::kFrameHeight, testing::kFrameWidth, 1};
}

double basicSuccessPct() {
    int coded = 0;
    int read = 0;
    for (const auto& frame : testing::makeQrCorpus()) {
        if (frame.expected.empty()) continue;
        ++coded;
        read += core::decodeQr(viewOf(frame)) == frame.expected ? 1 : 0;
    }
    return 100.0 * read / std::max(1, coded);
}

}  // namespace

void benchQr(const std::function<void(const char*, double, const char*)>& figure) {
    std::vector<std::uint8_t> scratch;
    std::vector<double> cascadeMs;
    std::vector<double> emptyMs;
    std::map<core::QrPass, std::vector<double>> passMs;
    std::map<core::QrPass, int> firstReads;
    std::map<std::string, std::pair<int, int>> byKind;  // read, coded
    int read = 0;
    int wrong = 0;
    int ghosts = 0;
    for (int i = 0; i < testing::kHallCorpusSize; ++i) {
        const testing::QrFrame frame = testing::makeHallFrame(i);
        double spent = 0;
        std::optional<std::string> text;
        for (core::QrPass pass : core::kQrCascade) {
            const auto start = std::chrono::steady_clock::now();
            text = core::decodeQrPass(viewOf(frame), pass, scratch);
            const double ms = msSince(start);
            spent += ms;
            passMs[pass].push_back(ms);
            if (text) {
                ++firstReads[pass];
                break;
            }
        }
        cascadeMs.push_back(spent);
        if (frame.expected.empty()) {
            emptyMs.push_back(spent);
            ghosts += text ? 1 : 0;
            continue;
        }
        auto& [kindRead, kindCoded] = byKind[testing::hallFrameKind(i)];
        ++kindCoded;
        if (text && *text != frame.expected) ++wrong;
        if (text && *text == frame.expected) ++read, ++kindRead;
    }
    figure("qr_decode_p50_ms", percentile(cascadeMs, 0.5), "ms");
    figure("qr_decode_p95_ms", percentile(cascadeMs, 0.95), "ms");
    figure("qr_decode_empty_ms", percentile(emptyMs, 0.5), "ms");
    figure("qr_success_pct", 100.0 * read / testing::kHallCodedFrames, "%");
    for (const auto& [kind, counts] : byKind) {
        figure(("qr_success_pct_" + kind).c_str(), 100.0 * counts.first / std::max(1, counts.second), "%");
    }
    figure("qr_wrong_reads", wrong, "count");
    figure("qr_ghost_reads", ghosts, "count");
    for (core::QrPass pass : core::kQrCascade) {
        const std::string name = std::string("qr_pass_") + core::qrPassName(pass);
        figure((name + "_ms").c_str(), percentile(passMs[pass], 0.5), "ms");
        figure((name + "_first_reads").c_str(), firstReads[pass], "count");
    }
    figure("qr_corpus_frames", testing::kHallCorpusSize, "count");
    figure("qr_success_pct_basic", basicSuccessPct(), "%");
}

}  // namespace kiosk::bench
