#pragma once
// The basic corpus of camera frames (1280x720 gray) for the QR decoder: codes from the QR writer
// composited with scale, rotation, perspective, blur, noise, low contrast and glare, codes on a
// phone screen (also light-on-dark, as in dark mode), Chinese text payloads — and frames with no
// code at all. Deterministic (seeded), so a failure is the same failure every run.
#include <cstdint>
#include <string>
#include <vector>

#include "support/qr_frame_painter.h"

namespace kiosk::testing {

struct QrFrame {
    std::string name;
    std::vector<std::uint8_t> pixels;  // kFrameWidth * kFrameHeight, row by row
    std::string expected;              // the payload; "" for a frame with no code
    bool mustRead = true;              // false: a hard case counted in qr_success_pct only
};

std::vector<QrFrame> makeQrCorpus();
// One frame with `payload` on a phone screen held up to the camera (light-on-dark with `darkMode`).
std::vector<std::uint8_t> phoneFrame(const std::string& payload, bool darkMode = false);

}  // namespace kiosk::testing
