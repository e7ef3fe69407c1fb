#pragma once
// kiosk-bench's "qr" group: the QR cascade (core/qr_decoder) on the hall corpus
// (tests/support/qr_hall_corpus: 300 coded frames spoiled as a hall's camera spoils them, 40
// without a code), 1280x720, on this thread (one core).
//   qr_decode_p50_ms, qr_decode_p95_ms  the whole cascade on one frame: its passes in turn until one
//                                       reads (what `kiosk --decode-qr` spends)     target p95 < 40
//   qr_decode_empty_ms                  the same on frames with no code (every pass runs)
//   qr_success_pct                      coded frames read                           target >= 95
//   qr_success_pct_<kind>               the same by kind (glare, shadow, motion, ...)
//   qr_wrong_reads, qr_ghost_reads      a wrong text; a text from a frame with no code   target 0
//   qr_pass_<pass>_ms                   one pass on one frame, median (what a camera frame costs)
//   qr_pass_<pass>_first_reads          frames that pass read after the passes before it missed
//   qr_success_pct_basic                the older 30-frame corpus (tests/support/qr_corpus)
#include <functional>

namespace kiosk::bench {

void benchQr(const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
