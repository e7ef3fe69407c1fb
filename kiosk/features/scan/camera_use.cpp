// The camera's side of 扫码 and the photo step: on while one of them shows, off otherwise. A shot
// under review takes the texture's place until 用这张 or 重拍.
#include <atomic>
#include <chrono>

#include "app/app_setup.h"
#include "core/rgba_image.h"
#include "features/scan/scan.h"

namespace kiosk {

ScanFeature::ScanFeature(FeatureHost& host, const CaseFilingFeature& cases, TrackingFeature& tracking,
                         ContentFeature& content)
    : host_(host), cases_(cases), tracking_(tracking), content_(content) {}

ScanFeature::~ScanFeature() {
    stopCamera();
}

std::shared_ptr<const platform::CameraFrame> ScanFeature::runningPicture() const {
    if (!camera_ || camera_->status().state != platform::CameraState::Running) return nullptr;
    return camera_->latest();
}

ScanFeature::CameraUse ScanFeature::cameraUseNow() const {
    if (host_.router().current() == core::ScreenId::ScanQr) return CameraUse::Scan;
    return cases_.onPhotoStep() ? CameraUse::Photo : CameraUse::None;
}

void ScanFeature::stopCamera() {
    // The camera's thread calls into the scan worker: both stop before either goes.
    if (qrScan_) qrScan_->stop();
    if (camera_) camera_->stop();
    cameraUse_ = CameraUse::None;
}

void ScanFeature::makeCamera() {
    if (camera_) return;
    camera_ = std::make_shared<platform::Camera>(host_.config().camera.pipeline);
    // Codes are tagged with the visit that held them up: one read as the visit ended is dropped.
    qrScan_ = std::make_unique<QrScanWorker>([this](std::string text) {
        host_.inbox().post(host_.visit(), [this, text = std::move(text)] { codeRead(text); });
    });
    QrScanWorker* worker = qrScan_.get();
    auto lastWakeMs = std::make_shared<std::atomic<std::int64_t>>(0);
    // A new picture owes one frame; without a way to say so, the plain wake (a few frames).
    const AppServices& services = host_.services();
    auto pictureWake = services.wakeForPicture ? services.wakeForPicture : services.wakeUiThread;
    camera_->onFrame([worker, wake = std::move(pictureWake), lastWakeMs] {
        worker->frameArrived();  // ignored while the worker is stopped (the photo step)
        // The preview at most 15 times a second: a software-GL frame costs tens of milliseconds.
        const std::int64_t now =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count();
        if (wake && now - lastWakeMs->load() >= 66) {
            lastWakeMs->store(now);
            wake();
        }
    });
}

void ScanFeature::updateCameraUse() {
    const CameraUse wanted = cameraUseNow();
    if (wanted == cameraUse_) return;
    if (wanted == CameraUse::None) {
        if (check_) {  // the check goes on with the camera; only the scan stops
            if (qrScan_) qrScan_->stop();
            cameraUse_ = CameraUse::None;
        } else {
            stopCamera();
        }
        cameraPicture_ = {};
        shownFrame_.reset();
        return;
    }
    makeCamera();
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

void ScanFeature::prepare(ui::AppView& view, core::SteadyTime now) {
    updateCameraUse();
    if (check_) watchCheck(now);
    view.scanView = scan_;
    preparePicture(view, now);
}

void ScanFeature::preparePicture(ui::AppView& view, core::SteadyTime now) {
    if (cameraUse_ == CameraUse::None || !camera_) {
        view.cameraPicture = {};
        return;
    }
    const platform::CameraStatus status = camera_->status();
    // A screen's use tells the heartbeat how the camera is, as a test_camera does.
    if (status.state == platform::CameraState::Running && status.frames > 0) noteHealth(CameraHealth::Ready);
    if (status.state == platform::CameraState::Failed) noteHealth(CameraHealth::Failed);
    cameraPicture_.state = status.state == platform::CameraState::Running  ? ui::CameraPicture::State::Running
                           : status.state == platform::CameraState::Failed ? ui::CameraPicture::State::Failed
                                                                           : ui::CameraPicture::State::Starting;
    const std::shared_ptr<const platform::CameraFrame>& shot = cases_.shotUnderReview();
    const bool reviewing = cameraUse_ == CameraUse::Photo && shot;
    if (!reviewing && status.state != platform::CameraState::Running) {
        cameraPicture_.texture.reset();
        shownFrame_.reset();
    }
    const std::shared_ptr<const platform::CameraFrame> wanted = reviewing ? shot : camera_->latest();
    const bool due = reviewing || now - previewShownAt_ >= std::chrono::milliseconds(66);
    if (host_.services().pictureTexture && wanted && wanted != shownFrame_ && due &&
        (reviewing || status.state == platform::CameraState::Running)) {
        if (!reviewing && wanted->width >= 1280) {
            // The live picture at half size: it is shown smaller than the camera's 720p anyway, and
            // software GL draws a small texture scaled up far cheaper than a large one scaled down.
            // A shot under review keeps every pixel: that is where the resident judges it.
            core::halveRgba(wanted->rgba.data(), wanted->width, wanted->height, previewPixels_);
            cameraPicture_.texture =
                host_.services().pictureTexture->show(previewPixels_.data(), wanted->width / 2, wanted->height / 2);
        } else {
            cameraPicture_.texture =
                host_.services().pictureTexture->show(wanted->rgba.data(), wanted->width, wanted->height);
        }
        shownFrame_ = wanted;
        previewShownAt_ = now;
    }
    view.cameraPicture = cameraPicture_;
}

}  // namespace kiosk
