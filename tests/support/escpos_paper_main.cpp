// escpos-paper BYTES PREFIX: prints a recorded ESC/POS byte stream (what a render tour's kiosk sent
// to its printer file) on the tests' own printer (support/escpos_paper) and writes each slip
// between cuts as PREFIX-1.png, PREFIX-2.png … with a line per slip saying what its QR code reads
// (ZXing). Fails on a stream the printer cannot read, and on a slip without a readable QR code.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/qr_decoder.h"
#include "support/escpos_paper.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: escpos-paper BYTES PREFIX\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const kiosk::testing::EscposPaper paper = kiosk::testing::printOnPaper(bytes);
    if (!paper.error.empty()) {
        std::fprintf(stderr, "%s: %s\n", argv[1], paper.error.c_str());
        return 1;
    }
    if (paper.cuts.empty()) {
        std::fprintf(stderr, "%s: no slip was cut\n", argv[1]);
        return 1;
    }
    for (std::size_t i = 0; i < paper.cuts.size(); ++i) {
        const kiosk::testing::EscposPaper slip = paper.slip(i);
        const std::string path = std::string(argv[2]) + "-" + std::to_string(i + 1) + ".png";
        if (!slip.writePng(path)) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return 1;
        }
        const auto gray = slip.gray();
        const auto read =
            kiosk::core::decodeQr({gray.data(), slip.width, static_cast<int>(slip.rows.size()), slip.width, 1});
        std::printf("slip %zu: %d x %zu dots, %s cut, QR %s -> %s\n", i + 1, slip.width, slip.rows.size(),
                    paper.cuts[i].c_str(), read ? read->c_str() : "(none)", path.c_str());
        if (!read) return 1;
    }
    return 0;
}
