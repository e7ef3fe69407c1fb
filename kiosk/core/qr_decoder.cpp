#include "core/qr_decoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

namespace kiosk::core {
namespace {

bool isInverted(QrPass pass) {
    return pass == QrPass::QuickInverted || pass == QrPass::ThoroughInverted;
}

bool isThorough(QrPass pass) {
    return pass == QrPass::Thorough || pass == QrPass::ThoroughInverted;
}

}  // namespace

void lumaFromRgba(const std::uint8_t* rgba, int width, int height, std::vector<std::uint8_t>& out) {
    out.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint8_t* p = rgba + i * 4;
        out[i] = static_cast<std::uint8_t>((77 * p[0] + 150 * p[1] + 29 * p[2]) >> 8);
    }
}

std::optional<std::string> decodeQrPass(const GrayView& image, QrPass pass, std::vector<std::uint8_t>& scratch) {
    if (!image.data || image.width <= 0 || image.height <= 0) return std::nullopt;
    ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum, image.rowStride,
                          image.pixStride);
    if (isInverted(pass)) {
        scratch.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
        for (int y = 0; y < image.height; ++y) {
            const std::uint8_t* row = image.data + static_cast<std::ptrdiff_t>(y) * image.rowStride;
            std::uint8_t* out = scratch.data() + static_cast<std::ptrdiff_t>(y) * image.width;
            for (int x = 0; x < image.width; ++x) out[x] = static_cast<std::uint8_t>(255 - row[x * image.pixStride]);
        }
        view = ZXing::ImageView(scratch.data(), image.width, image.height, ZXing::ImageFormat::Lum, image.width, 1);
    }
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(isThorough(pass));
    hints.setTryRotate(false);  // QR finder patterns read in any orientation
    hints.setTryDownscale(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) return std::nullopt;
    return result.text();
}

std::optional<std::string> decodeQr(const GrayView& image) {
    std::vector<std::uint8_t> scratch;
    for (QrPass pass : {QrPass::Quick, QrPass::QuickInverted, QrPass::Thorough, QrPass::ThoroughInverted}) {
        if (auto text = decodeQrPass(image, pass, scratch)) return text;
    }
    return std::nullopt;
}

QrPass QrScanner::nextPass() const {
    if (frames_ % 2 == 0) return QrPass::Quick;
    switch ((frames_ / 2) % 3) {
        case 0: return QrPass::QuickInverted;
        case 1: return QrPass::Thorough;
        default: return QrPass::ThoroughInverted;
    }
}

std::optional<std::string> QrScanner::scan(const GrayView& frame, SteadyTime now) {
    const QrPass pass = nextPass();
    ++frames_;
    std::optional<std::string> text = decodeQrPass(frame, pass, scratch_);
    if (!text) return std::nullopt;
    const bool repeat = *text == lastText_ && now - lastSeen_ < forgetAfter_;
    lastText_ = *text;
    lastSeen_ = now;
    if (repeat) return std::nullopt;
    return text;
}

}  // namespace kiosk::core
