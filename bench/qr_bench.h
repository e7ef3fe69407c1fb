#pragma once
// kiosk-bench's "qr" group: the camera's QR decoder on the generated 1280x720 corpus
// (tests/support/qr_corpus), on this thread (one core).
//   qr_decode_p50_ms, qr_decode_p95_ms  one scanner pass a frame, every pass kind on every frame
//                                       (what a camera frame costs the decode worker)  target p95 < 40
//   qr_decode_empty_quick_ms            the quick pass on frames with no code (most of a camera's day)
//   qr_success_pct                      coded frames read by all passes together (hard cases included)
#include <functional>

namespace kiosk::bench {

void benchQr(const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
