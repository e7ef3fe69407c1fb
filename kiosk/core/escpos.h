#pragma once
// ESC/POS, the command language of thermal receipt printers (Epson's, followed by nearly every
// hall printer): the few commands the kiosk's slip needs, as bytes, and the printer's one-byte
// answers to DLE EOT read back into words. No I/O here: platform/receipt_printer sends the bytes.
//
// The slip goes as a raster (GS v 0) painted with the kiosk's own CJK font, so a printer without
// a GB18030 font ROM prints Chinese all the same.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::core::escpos {

using Bytes = std::vector<std::uint8_t>;

// Black and white dots, row by row; 1 = black (burnt).
struct MonoBitmap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> dots;  // width * height
    bool at(int x, int y) const { return dots[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + x] != 0; }
};

enum class Cut { Full, Partial, None };

// ESC @: back to the power-on state (clears a half-sent job of an earlier, broken connection).
void appendInitialize(Bytes& out);
// GS v 0 in bands of at most `kRasterBandRows` rows (printers' receive buffers are small); each
// row padded to whole bytes with white, the leftmost dot the highest bit.
constexpr int kRasterBandRows = 256;
void appendRaster(Bytes& out, const MonoBitmap& bitmap);
// ESC d n: print and feed n lines (n clamped to 0–255).
void appendFeedLines(Bytes& out, int lines);
// GS V 65/66 n: feed to the cutter (plus n × the motion unit) and cut; nothing for Cut::None.
void appendCut(Bytes& out, Cut cut);
// GS ( k: the printer's own QR code (model 2, error correction M, `moduleDots` 1–16), for a
// printer whose raster QR would be too coarse. Nothing for an empty or too long text.
void appendNativeQr(Bytes& out, std::string_view text, int moduleDots);

// DLE EOT n: the real-time status requests, answered with one byte each even mid-job.
enum class StatusQuery : std::uint8_t { Printer = 1, Offline = 2, Error = 3, Paper = 4 };
Bytes statusRequest(StatusQuery query);

// What the printer says, put together from the answers it gave.
struct PrinterStatus {
    bool offline = false;
    bool coverOpen = false;
    bool paperEnd = false;
    bool paperNearEnd = false;
    bool error = false;  // a cutter jam, an unrecoverable or auto-recoverable error
};
// Folds one answer into `status`; false when the byte is not an answer to `query` (its fixed
// bits are wrong: noise, or a printer that does not speak DLE EOT).
bool readStatusByte(StatusQuery query, std::uint8_t answer, PrinterStatus& status);

}  // namespace kiosk::core::escpos
