// 扫码 in the app: the camera and the scan worker run only while the screen is open; a code read
// goes through the payload router (core/qr_payload) — a receipt opens 进度查询 with its code
// filled in, a platform link its content, anything else stays here with plain words.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>

#include "app.h"
#include "core/qr_payload.h"

namespace kiosk {

void App::useCamera(bool needed) {
    if (!needed) {
        if (qrScan_) qrScan_->stop();
        if (camera_) camera_->stop();
        return;
    }
    if (!camera_) {
        camera_ = std::make_shared<platform::Camera>(setup_.config.camera.pipeline);
        qrScan_ = std::make_unique<QrScanWorker>(services_.wakeUiThread);
        QrScanWorker* worker = qrScan_.get();
        auto lastWakeMs = std::make_shared<std::atomic<std::int64_t>>(0);
        // A new picture owes one frame; without a way to say so, the plain wake (a few frames).
        auto pictureWake = services_.wakeForPicture ? services_.wakeForPicture : services_.wakeUiThread;
        camera_->onFrame([worker, wake = std::move(pictureWake), lastWakeMs] {
            worker->frameArrived();
            // The preview at most 15 times a second: a software-GL frame costs tens of milliseconds.
            const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now().time_since_epoch())
                                         .count();
            if (wake && now - lastWakeMs->load() >= 66) {
                lastWakeMs->store(now);
                wake();
            }
        });
    }
    scan_ = ui::ScanView{};
    previewSequence_ = 0;
    qrScan_->start(camera_);
    camera_->start();
}

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
            scan_.shownText = action.shown;
            return;
        case core::QrKind::Refused:
            spdlog::warn("scan: a code refused: {}", action.reason);
            scan_.messageKey = "scan.refused";
            return;
    }
}

void App::prepareScanView(core::SteadyTime now) {
    if (camera_ && router_.current() == core::ScreenId::ScanQr) {
        const platform::CameraStatus status = camera_->status();
        scan_.camera = status.state == platform::CameraState::Running  ? ui::ScanView::Camera::Running
                       : status.state == platform::CameraState::Failed ? ui::ScanView::Camera::Failed
                                                                       : ui::ScanView::Camera::Starting;
        if (status.state != platform::CameraState::Running) scan_.preview.reset();
        // The newest frame to the preview texture, at most 15 times a second.
        const auto frame = camera_->latest();
        if (services_.cameraTexture && frame && frame->sequence != previewSequence_ &&
            now - previewShownAt_ >= std::chrono::milliseconds(66)) {
            scan_.preview = services_.cameraTexture->show(frame->rgba.data(), frame->width, frame->height);
            previewSequence_ = frame->sequence;
            previewShownAt_ = now;
        }
    }
    view_.scanView = scan_;
}

}  // namespace kiosk
