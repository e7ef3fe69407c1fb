#pragma once
// Reading QR codes from gray images with ZXing-C++ 1.4 (QR only: every other format costs ~5x
// more on the empty frames a camera mostly sees), through a cascade of passes that each prepare
// the image differently (core/qr_image_prep). ZXing 1.4 cannot read light-on-dark codes (a phone
// in dark mode), so one pass reads an inverted copy. Pure computation: the camera worker,
// `kiosk --decode-qr` and the tests call the same passes.
#include <array>
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

// The cascade: the passes in the order they are tried, cheapest and most fruitful first. On the
// hall corpus (tests/support/qr_hall_corpus; kiosk-bench prints each pass's reads and cost):
enum class QrPass {
    Contrast,          // the frame contrast-stretched, ZXing's own binarizer: ~4 ms on 1280x720
    ContrastInverted,  // the same inverted: light modules on a dark phone screen (dark mode)
    LocalWide,         // thresholded at the mean of a 41-pixel square: glare, shadows, low contrast
    LocalNarrow,       // the same over 25 pixels: small modules and the blurred edges of defocus
};
constexpr std::array<QrPass, 4> kQrCascade{QrPass::Contrast, QrPass::ContrastInverted, QrPass::LocalWide,
                                           QrPass::LocalNarrow};
const char* qrPassName(QrPass pass);  // for figures: "contrast", "contrast_inverted", ...

// One pass; `scratch` holds the prepared image between calls. The local passes also build their
// window sums afresh each call (4 bytes a pixel: ~3.7 MB on 1280x720, on the worker's thread).
std::optional<std::string> decodeQrPass(const GrayView& image, QrPass pass, std::vector<std::uint8_t>& scratch);
// The whole cascade in turn, the first text found: `kiosk --decode-qr`, the printed slips' checks
// and the corpus figures (one image, time is not short there).
std::optional<std::string> decodeQr(const GrayView& image);

// For a camera: the same passes spread over the frames of one showing — the contrast pass every
// other frame (most codes are read by it in the first tenth of a second), the other three in turn
// between — so a frame costs one pass (~4 ms), and a code the cascade reads is read within six
// frames. Each text is reported once until it has been out of view for `forgetAfter` (a code
// held up for seconds opens its screen once).
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
