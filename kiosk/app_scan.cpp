// 扫码 in the app: the camera and the scan worker run only while the screen is open; a code read
// goes through the payload router (core/qr_payload) — a receipt opens 进度查询 with its code
// filled in, a platform link its content, anything else stays here with plain words.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "app.h"
#include "core/qr_payload.h"

namespace kiosk {

void App::takeScannedCode() {
    if (!qrScan_ || router_.current() != core::ScreenId::ScanQr) return;
    const std::optional<std::string> text = qrScan_->take();
    if (!text) return;
    session_.noteActivity(services_.clock.now());  // holding a code up is using the kiosk
    const core::QrAction action = core::routeQrPayload(*text, setup_.config.cases.trackingLink);
    scan_.messageKey.clear();
    scan_.shownText.clear();
    switch (action.kind) {
        case core::QrKind::TrackCase: {
            spdlog::info("scan: a receipt: 进度查询");
            sessionState_.trackSession = TrackSession{};
            sessionState_.trackSession.form.setCode(action.id);
            sessionState_.trackSession.form.focus(core::TrackingField::Secret);
            router_.push(core::ScreenId::TrackCase);
            return;
        }
        case core::QrKind::Notice: {
            const bool known =
                disclosures_ && std::any_of(disclosures_->set().notices.begin(), disclosures_->set().notices.end(),
                                            [&](const core::Notice& n) { return n.id == action.id; });
            if (!known) {
                scan_.messageKey = "scan.notice_missing";
                return;
            }
            spdlog::info("scan: a notice");
            sessionState_.shownNoticeId = action.id;
            router_.push(core::ScreenId::NoticeReader);
            return;
        }
        case core::QrKind::Disclosures: {
            if (!disclosures_ || !disclosures_->hasCommunity(action.id)) {
                scan_.messageKey = "scan.community_missing";
                return;
            }
            spdlog::info("scan: a community's disclosures");
            sessionState_.communityId = action.id;
            sessionState_.period.clear();
            sessionState_.payoutTypeId.clear();
            router_.push(core::ScreenId::DisclosureHub);
            return;
        }
        case core::QrKind::Unrecognized:
            spdlog::info("scan: a code the kiosk has nothing for");  // its text may be personal: not logged
            scan_.messageKey = "scan.unrecognized";
            // Only the atlas's characters: a code's rare characters show as □ rather than
            // growing the atlas (a rebuild) for every different code held up.
            scan_.shownText = fonts_->glyphs().drawable(action.shown);
            return;
        case core::QrKind::Refused:
            spdlog::warn("scan: a code refused: {}", action.reason);
            scan_.messageKey = "scan.refused";
            return;
    }
}

void App::prepareScanView() {
    view_.scanView = scan_;
}

}  // namespace kiosk
