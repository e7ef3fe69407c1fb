#include "core/qr_matrix.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <string>

namespace kiosk::core {

std::optional<QrMatrix> encodeQr(std::string_view utf8Text) {
    if (utf8Text.empty()) return std::nullopt;
    try {
        // Size 0 and no margin: one pixel per module; the widget adds the quiet zone.
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                          .setEncoding(ZXing::CharacterSet::UTF8)
                                          .setEccLevel(4)
                                          .setMargin(0)
                                          .encode(std::string(utf8Text), 0, 0);
        if (bits.width() <= 0 || bits.width() != bits.height()) return std::nullopt;
        QrMatrix m;
        m.size = bits.width();
        m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
        for (int y = 0; y < m.size; ++y) {
            for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y) * m.size + x] = bits.get(x, y) ? 1 : 0;
        }
        return m;
    } catch (const std::exception&) {
        return std::nullopt;  // ZXing throws for a text that does not fit a QR code
    }
}

}  // namespace kiosk::core
