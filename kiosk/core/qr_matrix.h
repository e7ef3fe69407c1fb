#pragma once
// A QR code as modules (ZXing-C++'s writer): what the receipt and, later, the unattended display
// and the "continue on your phone" screens show. Drawing is the widget's business; this only
// says which modules are dark.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct QrMatrix {
    int size = 0;                    // modules per side, without the quiet zone
    std::vector<std::uint8_t> dark;  // size * size, row by row; 1 = dark
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x] != 0; }
};

// Error correction M (15 %: a smudged screen or a glare still reads). Nothing for an empty text
// or one too long for a QR code.
std::optional<QrMatrix> encodeQr(std::string_view utf8Text);

}  // namespace kiosk::core
