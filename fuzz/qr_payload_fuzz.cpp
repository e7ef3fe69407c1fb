// Fuzz target: the payload router, fed what a QR code held up to the camera may hold. Whatever
// it is, the router must answer, and only with what the screens can safely act on or show.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/qr_payload.h"
#include "core/text_rule.h"
#include "core/tracking_code.h"
#include "core/utf8.h"
#include "fuzz_check.h"

using kiosk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::core;
    const std::string payload(reinterpret_cast<const char*>(data), size);
    const QrAction a = routeQrPayload(payload, "https://jdydt.example.cn/t/{code}");
    switch (a.kind) {
        case QrKind::TrackCase: check(isWellFormedTrackingCode(a.id)); break;
        case QrKind::Notice:
        case QrKind::Disclosures:
            check(!a.id.empty() && a.id.size() <= 64 && a.id.find_first_of("/.?#@%") == std::string::npos);
            break;
        case QrKind::Unrecognized: check(a.id.empty() && isTextLine(a.shown, kMaxShownQrChars)); break;
        case QrKind::Refused: check(a.shown.empty() && !a.reason.empty()); break;
    }
    return 0;
}
