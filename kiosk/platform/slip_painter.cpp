#include "platform/slip_painter.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/qr_matrix.h"
#include "core/utf8.h"

namespace kiosk::platform {

using core::SlipBlock;
using core::escpos::MonoBitmap;

struct SlipPainter::FreeType {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    ~FreeType() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
};

namespace {

constexpr int kMargin = 8;  // dots left and right of the text (1 mm at 203 dpi)

// Characters that never start a line (Chinese typesetting's 避头点): they stay with the one before.
bool neverStartsALine(char32_t c) {
    static constexpr std::u32string_view kClosing = U"，。、；：！？）」』”’》〉…,.;:!?)]";
    return kClosing.find(c) != std::u32string_view::npos;
}

bool isAsciiWordCharacter(char32_t c) {
    return c > 0x20 && c < 0x7F;
}

// A canvas of grey values the glyphs are drawn into, thresholded to dots at the end.
struct Canvas {
    int width = 0;
    std::vector<std::uint8_t> grey;  // width * rows
    int rows() const { return width == 0 ? 0 : static_cast<int>(grey.size()) / width; }
    void growTo(int height) {
        if (height > rows()) grey.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
    }
    void set(int x, int y, std::uint8_t value) {
        if (x < 0 || x >= width || y < 0) return;
        growTo(y + 1);
        auto& dot = grey[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
        dot = std::max(dot, value);
    }
};

}  // namespace

SlipPainter::SlipPainter(std::unique_ptr<FreeType> ft) : ft_(std::move(ft)) {}
SlipPainter::~SlipPainter() = default;

std::unique_ptr<SlipPainter> SlipPainter::open(const std::string& fontPath, int faceIndex, std::string* problem) {
    auto ft = std::make_unique<FreeType>();
    if (FT_Init_FreeType(&ft->library) != 0) {
        if (problem) *problem = "FreeType did not start";
        return nullptr;
    }
    if (FT_New_Face(ft->library, fontPath.c_str(), faceIndex, &ft->face) != 0) {
        if (problem) *problem = "cannot read the font " + fontPath + " (face " + std::to_string(faceIndex) + ")";
        return nullptr;
    }
    return std::unique_ptr<SlipPainter>(new SlipPainter(std::move(ft)));
}

int SlipPainter::pixelSize(SlipBlock::Size size, int paperDots) {
    // Body text of about 4 mm on 80 mm paper: larger than a shop's receipt, for older eyes; the
    // 58 mm paper keeps a readable 3.3 mm rather than scaling down with the width.
    const int body = std::max(26, paperDots / 18);
    switch (size) {
        case SlipBlock::Size::Small: return body * 4 / 5;
        case SlipBlock::Size::Body: return body;
        case SlipBlock::Size::Large: return body * 3 / 2;
        case SlipBlock::Size::Huge: break;
    }
    // The grouped code's 11 characters across the paper, at most 3 × body: the largest size whose
    // hinted advances still fit the line.
    const int room = paperDots - kMargin * 2;
    auto widthAt = [&](int pixels) {
        FT_Set_Pixel_Sizes(ft_->face, 0, static_cast<FT_UInt>(pixels));
        int width = 0;
        for (char c : std::string_view("20261 10267")) {
            if (FT_Load_Char(ft_->face, static_cast<FT_ULong>(c), FT_LOAD_DEFAULT) == 0) {
                width += static_cast<int>(ft_->face->glyph->advance.x >> 6);
            }
        }
        return width;
    };
    int pixels = body * 3;
    while (pixels > body && widthAt(pixels) > room) pixels -= 2;
    return pixels;
}

MonoBitmap SlipPainter::paint(const core::Slip& slip, int paperDots) {
    FT_Face face = ft_->face;
    Canvas canvas;
    canvas.width = paperDots;
    int y = kMargin * 2;
    const int lineRoom = paperDots - kMargin * 2;

    auto advanceOf = [&](char32_t c) {
        if (FT_Load_Char(face, c, FT_LOAD_DEFAULT) != 0) return 0;
        return static_cast<int>(face->glyph->advance.x >> 6);
    };
    auto drawLine = [&](const std::u32string& line, int top, int size, bool centred) {
        int width = 0;
        for (char32_t c : line) width += advanceOf(c);
        int x = centred ? (paperDots - width) / 2 : kMargin;
        const int baseline = top + static_cast<int>(face->size->metrics.ascender >> 6);
        for (char32_t c : line) {
            if (FT_Load_Char(face, c, FT_LOAD_RENDER) != 0) continue;
            const FT_Bitmap& bitmap = face->glyph->bitmap;
            const int left = x + face->glyph->bitmap_left;
            const int glyphTop = baseline - face->glyph->bitmap_top;
            for (unsigned row = 0; row < bitmap.rows; ++row) {
                for (unsigned col = 0; col < bitmap.width; ++col) {
                    const std::uint8_t value = bitmap.buffer[row * static_cast<unsigned>(bitmap.pitch) + col];
                    canvas.set(left + static_cast<int>(col), glyphTop + static_cast<int>(row), value);
                }
            }
            x += static_cast<int>(face->glyph->advance.x >> 6);
        }
        (void)size;
    };

    for (const SlipBlock& block : slip.blocks) {
        if (block.kind == SlipBlock::Kind::Rule) {
            y += kMargin;
            for (int row = 0; row < 2; ++row) {
                for (int x = kMargin; x < paperDots - kMargin; ++x) canvas.set(x, y + row, 255);
            }
            y += 2 + kMargin * 2;
            continue;
        }
        if (block.kind == SlipBlock::Kind::Qr) {
            const auto qr = core::encodeQr(block.text);
            if (!qr) continue;
            // Whole dots per module, as large as 60 % of the paper allows, at least 4 (0.5 mm).
            const int quiet = 4;
            const int module = std::max(4, paperDots * 6 / 10 / (qr->size + quiet * 2));
            const int side = module * (qr->size + quiet * 2);
            const int left = (paperDots - side) / 2 + module * quiet;
            const int top = y + module * quiet;
            canvas.growTo(y + side);
            for (int my = 0; my < qr->size; ++my) {
                for (int mx = 0; mx < qr->size; ++mx) {
                    if (!qr->at(mx, my)) continue;
                    for (int dy = 0; dy < module; ++dy) {
                        for (int dx = 0; dx < module; ++dx)
                            canvas.set(left + mx * module + dx, top + my * module + dy, 255);
                    }
                }
            }
            y += side;
            continue;
        }
        const int size = pixelSize(block.size, paperDots);
        FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(size));
        const int lineHeight = static_cast<int>(std::lround(size * 1.35));
        // Break between Chinese characters and at spaces between Latin words; a closing
        // punctuation mark that would start a line takes the character before it along.
        const std::u32string text = core::decodeUtf8(block.text);
        std::vector<std::u32string> tokens;
        for (std::size_t i = 0; i < text.size();) {
            std::size_t end = i + 1;
            if (isAsciiWordCharacter(text[i])) {
                while (end < text.size() && isAsciiWordCharacter(text[end])) ++end;
            }
            while (end < text.size() && text[end] == U' ') ++end;
            tokens.emplace_back(text.substr(i, end - i));
            i = end;
        }
        auto widthOf = [&](const std::u32string& s) {
            int w = 0;
            for (char32_t c : s) w += advanceOf(c);
            return w;
        };
        std::vector<std::u32string> lines{U""};
        for (const std::u32string& token : tokens) {
            std::u32string& line = lines.back();
            if (line.empty() || widthOf(line + token) <= lineRoom) {
                line += token;
                continue;
            }
            if (neverStartsALine(token.front()) && line.size() > 1) {
                // The mark goes down with the character before it.
                std::u32string carried(1, line.back());
                line.pop_back();
                lines.push_back(carried + token);
                continue;
            }
            lines.push_back(token);
        }
        for (const std::u32string& line : lines) {
            // A word longer than the paper (a web address) is cut where the paper ends.
            std::u32string rest = line;
            while (!rest.empty()) {
                std::size_t fits = rest.size();
                while (fits > 1 && widthOf(rest.substr(0, fits)) > lineRoom) --fits;
                drawLine(rest.substr(0, fits), y, size, block.centred);
                y += lineHeight;
                rest = rest.substr(fits);
            }
        }
        y += size / 4;
    }
    y += kMargin * 2;
    canvas.growTo(y);

    MonoBitmap bitmap;
    bitmap.width = paperDots;
    bitmap.height = canvas.rows();
    bitmap.dots.resize(canvas.grey.size());
    // Half-covered edge pixels burn: thermal dots spread a little, thin strokes must not vanish.
    std::transform(canvas.grey.begin(), canvas.grey.end(), bitmap.dots.begin(),
                   [](std::uint8_t g) { return static_cast<std::uint8_t>(g >= 100 ? 1 : 0); });
    return bitmap;
}

}  // namespace kiosk::platform
