#pragma once
// 扫码 and the camera. The camera runs only while a screen needs it — 扫码 (with the scan worker
// reading codes) or the case's photo step — and its newest picture goes to one texture at most
// 15 times a second. A code read goes through the payload router (core/qr_payload): a receipt
// opens 进度查询 with its code filled in, a platform link its content, anything else stays here
// with plain words.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "features/cases/case_filing.h"
#include "features/content/content.h"
#include "features/scan/qr_scan_worker.h"
#include "features/tracking/tracking.h"
#include "platform/camera.h"

namespace kiosk {

class ScanFeature : public Feature {
public:
    ScanFeature(FeatureHost& host, const CaseFilingFeature& cases, TrackingFeature& tracking, ContentFeature& content);
    ~ScanFeature() override;
    std::string_view name() const override { return "scan"; }

    // The camera's newest picture while it really shows one (not a frame from before a failure).
    std::shared_ptr<const platform::CameraFrame> runningPicture() const;

    void prepare(ui::AppView& view, core::SteadyTime now) override;

    // Remote care's test_camera (between visits): the camera is started if no screen has it, and
    // `done(ok, detail)` is called on the UI thread with its first picture's size and how long it
    // took, the camera's problem, or that no picture came within kCameraCheckTime.
    static constexpr std::chrono::seconds kCameraCheckTime{10};
    void checkCamera(std::function<void(bool ok, std::string detail)> done);
    // The heartbeat's camera: {"state": "ready" | "failed" | "not_checked"} as of its last use
    // (thread-safe: the sync worker calls it).
    std::function<std::string()> healthReader() const;

private:
    enum class CameraHealth { NotChecked, Ready, Failed };
    enum class CameraUse { None, Scan, Photo };
    CameraUse cameraUseNow() const;
    void updateCameraUse();
    void stopCamera();
    void makeCamera();
    void watchCheck(core::SteadyTime now);
    void noteHealth(CameraHealth health);
    void preparePicture(ui::AppView& view, core::SteadyTime now);
    void codeRead(const std::string& text);

    FeatureHost& host_;
    const CaseFilingFeature& cases_;
    TrackingFeature& tracking_;
    ContentFeature& content_;
    std::shared_ptr<platform::Camera> camera_;
    std::unique_ptr<QrScanWorker> qrScan_;
    CameraUse cameraUse_ = CameraUse::None;
    ui::ScanView scan_;
    ui::CameraPicture cameraPicture_;
    std::shared_ptr<const platform::CameraFrame> shownFrame_;  // what the camera texture holds
    std::vector<std::uint8_t> previewPixels_;                  // the live picture at half size, for the texture
    core::SteadyTime previewShownAt_{};
    struct Check {
        std::function<void(bool, std::string)> done;
        core::SteadyTime since;
    };
    std::optional<Check> check_;  // a test_camera under way
    std::shared_ptr<std::atomic<CameraHealth>> health_ =
        std::make_shared<std::atomic<CameraHealth>>(CameraHealth::NotChecked);
};

}  // namespace kiosk
