#pragma once
// Paints a receipt slip (core/receipt_slip) into the black and white dots of a thermal printer's
// raster, with the kiosk's own CJK font through FreeType: any ESC/POS printer then prints the
// Chinese, whether or not it has a GB18030 font ROM. The QR code is drawn from ZXing's writer
// (core/qr_matrix) in whole dots per module with its quiet zone, so it scans off paper.
//
// FreeType rather than the UI's ImGui atlas: the slip is painted on the printing worker, at its
// own sizes, while the UI thread owns the atlas.
#include <memory>
#include <optional>
#include <string>

#include "core/escpos.h"
#include "core/receipt_slip.h"

namespace kiosk::platform {

class SlipPainter {
public:
    // Nothing (and `problem` set) when the font cannot be read.
    static std::unique_ptr<SlipPainter> open(const std::string& fontPath, int faceIndex, std::string* problem);
    ~SlipPainter();
    SlipPainter(const SlipPainter&) = delete;
    SlipPainter& operator=(const SlipPainter&) = delete;

    // The slip `paperDots` wide (576 on 80 mm paper, 384 on 58 mm), as tall as its blocks need.
    core::escpos::MonoBitmap paint(const core::Slip& slip, int paperDots);

    // The pixel size of each block size on this paper (the digits' size fits "20261 10267").
    int pixelSize(core::SlipBlock::Size size, int paperDots);

private:
    struct FreeType;
    explicit SlipPainter(std::unique_ptr<FreeType> ft);
    std::unique_ptr<FreeType> ft_;
};

}  // namespace kiosk::platform
