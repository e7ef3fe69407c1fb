#pragma once
// kiosk-bench's "print" group: a receipt slip (an anonymous case: code, PIN and QR code) from its
// words to the ESC/POS bytes sent to the printer, on this thread (the printing worker's work).
//   print_painter_open_ms   the CJK font opened for the slips (once per process)
//   print_slip_render_ms    p95 of 20 slips, 80 mm paper (576 dots): paint + raster encode  target < 100
//   print_slip_render_ms_58mm  the same on 58 mm paper (384 dots)
#include <functional>

namespace kiosk::bench {

void benchPrint(const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
