#include "support/escpos_paper.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cstdio>

namespace kiosk::testing {

std::vector<std::uint8_t> EscposPaper::gray() const {
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(width) * rows.size());
    for (const auto& row : rows) {
        for (int x = 0; x < width; ++x) {
            out.push_back(x < static_cast<int>(row.size()) && row[static_cast<std::size_t>(x)] ? 0 : 255);
        }
    }
    return out;
}

bool EscposPaper::writePng(const std::string& path) const {
    const auto pixels = gray();
    return !rows.empty() &&
           stbi_write_png(path.c_str(), width, static_cast<int>(rows.size()), 1, pixels.data(), width) != 0;
}

int EscposPaper::inkedRows() const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const auto& row) {
        return std::any_of(row.begin(), row.end(), [](std::uint8_t d) { return d != 0; });
    }));
}

EscposPaper EscposPaper::slip(std::size_t index) const {
    EscposPaper one;
    one.width = width;
    const int from = index == 0 ? 0 : (index <= cutAtRow.size() ? cutAtRow[index - 1] : static_cast<int>(rows.size()));
    const int to = index < cutAtRow.size() ? cutAtRow[index] : static_cast<int>(rows.size());
    for (int r = from; r < to; ++r) one.rows.push_back(rows[static_cast<std::size_t>(r)]);
    return one;
}

EscposPaper printOnPaper(const std::vector<std::uint8_t>& bytes, int lineDots) {
    EscposPaper paper;
    std::size_t i = 0;
    auto need = [&](std::size_t n) { return i + n <= bytes.size(); };
    auto fail = [&](const std::string& why) {
        char where[32];
        std::snprintf(where, sizeof where, " at byte %zu", i);
        paper.error = why + where;
    };
    auto feed = [&](int dots) {
        for (int k = 0; k < dots; ++k) paper.rows.emplace_back(static_cast<std::size_t>(paper.width), 0);
    };
    std::string storedQr;
    while (i < bytes.size() && paper.error.empty()) {
        const std::uint8_t b = bytes[i];
        if (b == 0x0A) {  // LF: print and feed one line
            feed(lineDots);
            ++i;
        } else if (b == 0x1B && need(2) && bytes[i + 1] == '@') {  // ESC @: initialize
            ++paper.initializations;
            i += 2;
        } else if (b == 0x1B && need(3) && bytes[i + 1] == 'd') {  // ESC d n: print and feed n lines
            feed(bytes[i + 2] * lineDots);
            i += 3;
        } else if (b == 0x10 && need(3) && bytes[i + 1] == 0x04) {  // DLE EOT n: real-time status
            const int n = bytes[i + 2];
            if (n < 1 || n > 4) {
                fail("DLE EOT with n outside 1-4");
                continue;
            }
            paper.statusQueries.push_back(n);
            i += 3;
        } else if (b == 0x1D && need(8) && bytes[i + 1] == 'v' && bytes[i + 2] == '0') {
            // GS v 0 m xL xH yL yH d1…dk: a raster of (xL + xH×256) bytes × (yL + yH×256) dots,
            // k = x × y, bit 7 of a byte the leftmost dot, 1 = print.
            const int m = bytes[i + 3];
            if (m != 0 && m != 48) {
                fail("GS v 0 with a scaled mode");
                continue;
            }
            const int x = bytes[i + 4] + bytes[i + 5] * 256;
            const int y = bytes[i + 6] + bytes[i + 7] * 256;
            if (x < 1 || x > 128 || y < 1 || y > 4095) {
                fail("GS v 0 size out of range");
                continue;
            }
            i += 8;
            if (!need(static_cast<std::size_t>(x) * static_cast<std::size_t>(y))) {
                fail("GS v 0 data cut short");
                continue;
            }
            if (x * 8 > paper.width) {
                paper.width = x * 8;
                for (auto& row : paper.rows) row.resize(static_cast<std::size_t>(paper.width), 0);
            }
            for (int row = 0; row < y; ++row) {
                std::vector<std::uint8_t> dots(static_cast<std::size_t>(paper.width), 0);
                for (int byte = 0; byte < x; ++byte) {
                    const std::uint8_t d = bytes[i++];
                    for (int bit = 0; bit < 8; ++bit)
                        dots[static_cast<std::size_t>(byte) * 8 + static_cast<std::size_t>(bit)] = (d >> (7 - bit)) & 1;
                }
                paper.rows.push_back(std::move(dots));
            }
        } else if (b == 0x1D && need(3) && bytes[i + 1] == 'V') {  // GS V: cut
            const int m = bytes[i + 2];
            if (m == 0 || m == 48 || m == 1 || m == 49) {
                paper.cuts.push_back(m == 0 || m == 48 ? "full" : "partial");
                paper.cutAtRow.push_back(static_cast<int>(paper.rows.size()));
                i += 3;
            } else if ((m == 65 || m == 66) && need(4)) {  // function B: feed n, then cut
                feed(bytes[i + 3]);
                paper.cuts.push_back(m == 65 ? "full" : "partial");
                paper.cutAtRow.push_back(static_cast<int>(paper.rows.size()));
                i += 4;
            } else {
                {
                    fail("GS V with an unknown m");
                    continue;
                }
            }
        } else if (b == 0x1D && need(8) && bytes[i + 1] == '(' && bytes[i + 2] == 'k') {
            // GS ( k pL pH cn fn …: cn 49 = QR code. fn 80 stores the data, fn 81 prints it.
            const std::size_t length = bytes[i + 3] + bytes[i + 4] * 256u;
            if (!need(5 + length) || length < 2) {
                fail("GS ( k cut short");
                continue;
            }
            const int cn = bytes[i + 5];
            const int fn = bytes[i + 6];
            if (cn != 49) {
                fail("GS ( k for another symbol than QR");
                continue;
            }
            if (fn == 80)
                storedQr.assign(bytes.begin() + static_cast<long>(i) + 8,
                                bytes.begin() + static_cast<long>(i + 5 + length));
            if (fn == 81) paper.nativeQrPrinted.push_back(storedQr);
            i += 5 + length;
        } else {
            char what[48];
            std::snprintf(what, sizeof what, "unknown command 0x%02X", b);
            fail(what);
        }
    }
    return paper;
}

}  // namespace kiosk::testing
