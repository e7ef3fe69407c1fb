#include "core/qr_decoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include "core/qr_image_prep.h"

namespace kiosk::core {
namespace {

// What ZXing is given after a pass's preparation, and how it binarizes it.
struct PreparedImage {
    ZXing::ImageView view;
    ZXing::Binarizer binarizer;
};

PreparedImage prepare(const GrayView& image, QrPass pass, std::vector<std::uint8_t>& scratch) {
    ZXing::Binarizer binarizer = ZXing::Binarizer::BoolCast;  // the local passes give black and white
    switch (pass) {
        case QrPass::Contrast:
        case QrPass::ContrastInverted:
            contrastStretch(image, pass == QrPass::ContrastInverted, scratch);
            binarizer = ZXing::Binarizer::LocalAverage;
            break;
        case QrPass::LocalWide: localMeanThreshold(image, 20, 3, scratch); break;
        case QrPass::LocalNarrow: localMeanThreshold(image, 12, 0, scratch); break;
    }
    return {ZXing::ImageView(scratch.data(), image.width, image.height, ZXing::ImageFormat::Lum), binarizer};
}

}  // namespace

const char* qrPassName(QrPass pass) {
    switch (pass) {
        case QrPass::Contrast: return "contrast";
        case QrPass::ContrastInverted: return "contrast_inverted";
        case QrPass::LocalWide: return "local_wide";
        case QrPass::LocalNarrow: return "local_narrow";
    }
    return "?";
}

void lumaFromRgba(const std::uint8_t* rgba, int width, int height, std::vector<std::uint8_t>& out) {
    out.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint8_t* p = rgba + i * 4;
        out[i] = static_cast<std::uint8_t>((77 * p[0] + 150 * p[1] + 29 * p[2]) >> 8);
    }
}

std::optional<std::string> decodeQrPass(const GrayView& image, QrPass pass, std::vector<std::uint8_t>& scratch) {
    if (!image.data || image.width <= 0 || image.height <= 0) return std::nullopt;
    const PreparedImage prepared = prepare(image, pass, scratch);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(false);  // measured on the hall corpus: try-harder read no frame the cascade missed
    hints.setTryRotate(false);  // QR finder patterns read in any orientation
    hints.setTryDownscale(true);
    hints.setBinarizer(prepared.binarizer);
    const ZXing::Result result = ZXing::ReadBarcode(prepared.view, hints);
    if (!result.isValid()) return std::nullopt;
    return result.text();
}

std::optional<std::string> decodeQr(const GrayView& image) {
    std::vector<std::uint8_t> scratch;
    for (QrPass pass : kQrCascade) {
        if (auto text = decodeQrPass(image, pass, scratch)) return text;
    }
    return std::nullopt;
}

QrPass QrScanner::nextPass() const {
    if (frames_ % 2 == 0) return QrPass::Contrast;
    return kQrCascade[1 + (frames_ / 2) % (kQrCascade.size() - 1)];
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
