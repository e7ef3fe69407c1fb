// The camera in the app: it runs only while a screen needs it — 扫码 (with the scan worker
// reading codes) or the case's photo step — and its newest picture goes to one texture at most
// 15 times a second. A shot under review takes the texture's place until 用这张 or 重拍.
#include <atomic>
#include <chrono>

#include "app.h"
#include "core/rgba_image.h"

namespace kiosk {

App::CameraUse App::cameraUseNow() const {
    if (router_.current() == core::ScreenId::ScanQr) return CameraUse::Scan;
    const CaseSession& cs = sessionState_.caseSession;
    const bool photoStep = router_.current() == core::ScreenId::FileCase && cs.flow &&
                           cs.flow->step() == core::CaseStep::Photo && !cs.receipt && cs.joinedCode.empty();
    return photoStep ? CameraUse::Photo : CameraUse::None;
}

void App::stopCamera() {
    // The camera's thread calls into the scan worker: both stop before either goes.
    if (qrScan_) qrScan_->stop();
    if (camera_) camera_->stop();
    cameraUse_ = CameraUse::None;
}

void App::updateCameraUse() {
    const CameraUse wanted = cameraUseNow();
    if (wanted == cameraUse_) return;
    if (wanted == CameraUse::None) {
        stopCamera();
        cameraPicture_ = {};
        shownFrame_.reset();
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
            worker->frameArrived();  // ignored while the worker is stopped (the photo step)
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
    if (wanted == CameraUse::Scan) {
        scan_ = ui::ScanView{};
        qrScan_->start(camera_);
    } else {
        qrScan_->stop();
    }
    if (cameraUse_ == CameraUse::None) {
        cameraPicture_ = {};
        shownFrame_.reset();
    }
    cameraUse_ = wanted;
    camera_->start();  // no-op when it already runs (扫码 to the photo step keeps the picture)
}

void App::prepareCameraPicture(core::SteadyTime now) {
    if (cameraUse_ == CameraUse::None || !camera_) {
        view_.cameraPicture = {};
        return;
    }
    const platform::CameraStatus status = camera_->status();
    cameraPicture_.state = status.state == platform::CameraState::Running  ? ui::CameraPicture::State::Running
                           : status.state == platform::CameraState::Failed ? ui::CameraPicture::State::Failed
                                                                           : ui::CameraPicture::State::Starting;
    const std::shared_ptr<const platform::CameraFrame>& shot = sessionState_.caseSession.shot;
    const bool reviewing = cameraUse_ == CameraUse::Photo && shot;
    if (!reviewing && status.state != platform::CameraState::Running) {
        cameraPicture_.texture.reset();
        shownFrame_.reset();
    }
    const std::shared_ptr<const platform::CameraFrame> wanted = reviewing ? shot : camera_->latest();
    const bool due = reviewing || now - previewShownAt_ >= std::chrono::milliseconds(66);
    if (services_.pictureTexture && wanted && wanted != shownFrame_ && due &&
        (reviewing || status.state == platform::CameraState::Running)) {
        if (!reviewing && wanted->width >= 1280) {
            // The live picture at half size: it is shown smaller than the camera's 720p anyway, and
            // software GL draws a small texture scaled up far cheaper than a large one scaled down.
            // A shot under review keeps every pixel: that is where the resident judges it.
            core::halveRgba(wanted->rgba.data(), wanted->width, wanted->height, previewPixels_);
            cameraPicture_.texture =
                services_.pictureTexture->show(previewPixels_.data(), wanted->width / 2, wanted->height / 2);
        } else {
            cameraPicture_.texture = services_.pictureTexture->show(wanted->rgba.data(), wanted->width, wanted->height);
        }
        shownFrame_ = wanted;
        previewShownAt_ = now;
    }
    view_.cameraPicture = cameraPicture_;
}

}  // namespace kiosk
