#include "core/escpos.h"

#include <algorithm>

namespace kiosk::core::escpos {
namespace {

constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEot = 0x04;
constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kGs = 0x1D;

void appendLowHigh(Bytes& out, int value) {
    out.push_back(static_cast<std::uint8_t>(value & 0xFF));
    out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
}

}  // namespace

void appendInitialize(Bytes& out) {
    out.insert(out.end(), {kEsc, '@'});
}

void appendRaster(Bytes& out, const MonoBitmap& bitmap) {
    const int rowBytes = (bitmap.width + 7) / 8;
    for (int top = 0; top < bitmap.height; top += kRasterBandRows) {
        const int rows = std::min(kRasterBandRows, bitmap.height - top);
        // GS v 0 m xL xH yL yH: m = 0 (normal density), x in bytes, y in dots.
        out.insert(out.end(), {kGs, 'v', '0', 0});
        appendLowHigh(out, rowBytes);
        appendLowHigh(out, rows);
        for (int y = top; y < top + rows; ++y) {
            for (int byte = 0; byte < rowBytes; ++byte) {
                std::uint8_t bits = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = byte * 8 + bit;
                    if (x < bitmap.width && bitmap.at(x, y)) bits |= static_cast<std::uint8_t>(0x80 >> bit);
                }
                out.push_back(bits);
            }
        }
    }
}

void appendFeedLines(Bytes& out, int lines) {
    out.insert(out.end(), {kEsc, 'd', static_cast<std::uint8_t>(std::clamp(lines, 0, 255))});
}

void appendCut(Bytes& out, Cut cut) {
    if (cut == Cut::None) return;
    // Function B: feeds the paper to the cutting position first, so the last line is not cut off.
    out.insert(out.end(), {kGs, 'V', static_cast<std::uint8_t>(cut == Cut::Full ? 65 : 66), 0});
}

void appendNativeQr(Bytes& out, std::string_view text, int moduleDots) {
    // Function 180's store takes at most 7089 bytes (pL pH count 3 more).
    if (text.empty() || text.size() > 7089) return;
    auto function = [&](std::initializer_list<std::uint8_t> body) {
        out.insert(out.end(), {kGs, '(', 'k'});
        appendLowHigh(out, static_cast<int>(body.size()));
        out.insert(out.end(), body);
    };
    function({'1', 'A', '2', 0});                                                    // model 2
    function({'1', 'C', static_cast<std::uint8_t>(std::clamp(moduleDots, 1, 16))});  // module size
    function({'1', 'E', '1'});                                                       // error correction M
    out.insert(out.end(), {kGs, '(', 'k'});
    appendLowHigh(out, static_cast<int>(text.size()) + 3);
    out.insert(out.end(), {'1', 'P', '0'});
    out.insert(out.end(), text.begin(), text.end());
    function({'1', 'Q', '0'});  // print it
}

Bytes statusRequest(StatusQuery query) {
    return {kDle, kEot, static_cast<std::uint8_t>(query)};
}

bool readStatusByte(StatusQuery query, std::uint8_t answer, PrinterStatus& status) {
    // Every answer has bit 0 = 0, bit 1 = 1, bit 4 = 1 and bit 7 = 0.
    if ((answer & 0x93) != 0x12) return false;
    switch (query) {
        case StatusQuery::Printer: status.offline = status.offline || (answer & 0x08) != 0; break;
        case StatusQuery::Offline:
            status.coverOpen = status.coverOpen || (answer & 0x04) != 0;
            status.paperEnd = status.paperEnd || (answer & 0x20) != 0;
            status.error = status.error || (answer & 0x40) != 0;
            break;
        case StatusQuery::Error: status.error = status.error || (answer & 0x68) != 0; break;
        case StatusQuery::Paper:
            status.paperNearEnd = status.paperNearEnd || (answer & 0x0C) != 0;
            status.paperEnd = status.paperEnd || (answer & 0x60) != 0;
            break;
    }
    return true;
}

}  // namespace kiosk::core::escpos
