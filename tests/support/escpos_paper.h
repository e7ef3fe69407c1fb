#pragma once
// The tests' own receipt printer, written from the ESC/POS command reference and knowing nothing
// of the kiosk's encoder: it reads a byte stream the way a printer does and "prints" it onto
// paper — rows of dots — that the tests turn into a PNG and read back with ZXing. A command it
// does not know is an error, as garbage on a real printer would be.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::testing {

struct EscposPaper {
    int width = 0;                                // dots: the widest raster row seen
    std::vector<std::vector<std::uint8_t>> rows;  // each row `width` dots, 1 = black
    int initializations = 0;                      // ESC @
    std::vector<std::string> cuts;                // "full" / "partial", in order
    std::vector<int> cutAtRow;                    // where each cut fell: the rows printed before it
    std::vector<int> statusQueries;               // DLE EOT n: the n asked
    std::vector<std::string> nativeQrPrinted;     // GS ( k: the texts printed as the printer's own QR
    std::string error;                            // the first thing it could not read; "" when none

    // Gray pixels (0 black, 255 white) of the whole paper, `width` × rows.size().
    std::vector<std::uint8_t> gray() const;
    bool writePng(const std::string& path) const;
    // Rows holding at least one black dot.
    int inkedRows() const;
    // The paper between two cuts (slip 0 is before the first cut), as a paper of its own.
    EscposPaper slip(std::size_t index) const;
};

// Prints `bytes` onto fresh paper. `lineDots`: the paper fed by one line (LF, ESC d).
EscposPaper printOnPaper(const std::vector<std::uint8_t>& bytes, int lineDots = 30);

}  // namespace kiosk::testing
