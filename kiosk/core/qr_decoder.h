#pragma once
// Reading QR codes from gray images with ZXing-C++ 1.4 (QR only: every other format costs ~5x
// more on the empty frames a camera mostly sees). ZXing 1.4 cannot read light-on-dark codes (a
// phone in dark mode), so some passes read an inverted copy. Pure computation: the camera
// worker, `kiosk --decode-qr` and the tests call the same code.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"

namespace kiosk::core {

// A gray image: the Y plane of a camera frame (pixStride 2 in YUYV) or a decoded file.
struct GrayView {
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;  // bytes from one row to the next
    int pixStride = 1;  // bytes from one pixel to the next
};

// Gray from RGBA (BT.601 weights, what the decoder reads): `out` is resized to width * height.
void lumaFromRgba(const std::uint8_t* rgba, int width, int height, std::vector<std::uint8_t>& out);

enum class QrPass {
    Quick,          // ~10 ms on 1280x720
    QuickInverted,  // light modules on a dark screen
    Thorough,       // ZXing's try-harder: small, blurred or tilted codes
    ThoroughInverted,
};

// One pass; `scratch` holds the inverted copy between calls (no allocation per frame).
std::optional<std::string> decodeQrPass(const GrayView& image, QrPass pass, std::vector<std::uint8_t>& scratch);
// Every pass in turn, the first text found (files and the corpus: time is not short there).
std::optional<std::string> decodeQr(const GrayView& image);

// For a camera: one pass a frame, in turn — the quick plain pass every other frame, the inverted
// and the thorough ones between — and each text reported once until it has been out of view for
// `forgetAfter` (a code held up for seconds opens its screen once).
class QrScanner {
public:
    explicit QrScanner(Seconds forgetAfter = Seconds{3}) : forgetAfter_(forgetAfter) {}
    std::optional<std::string> scan(const GrayView& frame, SteadyTime now);
    QrPass nextPass() const;

private:
    Seconds forgetAfter_;
    std::uint64_t frames_ = 0;
    std::vector<std::uint8_t> scratch_;
    std::string lastText_;
    SteadyTime lastSeen_{};
};

}  // namespace kiosk::core
