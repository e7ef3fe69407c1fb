#pragma once
// What the QR cascade (core/qr_decoder) does to a camera frame before ZXing reads it. Each turns
// a gray view (any stride) into a tightly packed image in `out` (resized, reused between frames):
// - contrast stretch: the frame's darkest and brightest percent mapped to 0 and 255 (a washed-out
//   or dim code gets ZXing's full range: its binarizer gives up on blocks that vary by < 24);
//   inverted, for light modules on a dark phone screen;
// - local mean threshold: black where a pixel is darker than the mean of the (2r+1)² square
//   around it less `offset`, else white — a glare spot or a shadow's edge moves the mean with it,
//   where ZXing's own 8-pixel blocks with a 5x5 neighbourhood do not follow a sharp edge.
// The kiosk's own code rather than OpenCV's: two small loops, and no 40 MB library for them.
#include <cstdint>
#include <vector>

#include "core/qr_decoder.h"

namespace kiosk::core {

void contrastStretch(const GrayView& image, bool invert, std::vector<std::uint8_t>& out);
void localMeanThreshold(const GrayView& image, int radius, int offset, std::vector<std::uint8_t>& out);

}  // namespace kiosk::core
