// What a code held up to 扫码 opens.
#include <spdlog/spdlog.h>

#include "core/qr_payload.h"
#include "features/scan/scan.h"
#include "ui/font_library.h"

namespace kiosk {

void ScanFeature::codeRead(const std::string& text) {
    if (host_.router().current() != core::ScreenId::ScanQr) return;
    host_.session().noteActivity(host_.clock().now());  // holding a code up is using the kiosk
    const core::QrAction action = core::routeQrPayload(text, host_.config().cases.trackingLink);
    scan_.messageKey.clear();
    scan_.shownText.clear();
    switch (action.kind) {
        case core::QrKind::TrackCase: {
            spdlog::info("scan: a receipt: 进度查询");
            tracking_.openWithCode(action.id);
            return;
        }
        case core::QrKind::Notice: {
            if (!content_.showNotice(action.id)) {
                scan_.messageKey = "scan.notice_missing";
                return;
            }
            spdlog::info("scan: a notice");
            return;
        }
        case core::QrKind::Disclosures: {
            if (!content_.showCommunity(action.id)) {
                scan_.messageKey = "scan.community_missing";
                return;
            }
            spdlog::info("scan: a community's disclosures");
            return;
        }
        case core::QrKind::Unrecognized:
            spdlog::info("scan: a code the kiosk has nothing for");  // its text may be personal: not logged
            scan_.messageKey = "scan.unrecognized";
            // Only the atlas's characters: a code's rare characters show as □ rather than
            // growing the atlas (a rebuild) for every different code held up.
            scan_.shownText = host_.fonts().glyphs().drawable(action.shown);
            return;
        case core::QrKind::Refused:
            spdlog::warn("scan: a code refused: {}", action.reason);
            scan_.messageKey = "scan.refused";
            return;
    }
}

}  // namespace kiosk
