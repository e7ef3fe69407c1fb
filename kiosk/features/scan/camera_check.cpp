// Remote care's test_camera and the camera's health for the heartbeat: is there a picture?
#include <spdlog/spdlog.h>

#include "features/scan/scan.h"
#include "net/sync_engine.h"

namespace kiosk {

void ScanFeature::checkCamera(std::function<void(bool ok, std::string detail)> done) {
    if (check_) {
        done(false, "a camera test is under way already");
        return;
    }
    makeCamera();
    check_ = Check{std::move(done), host_.clock().now()};
    camera_->start();  // no-op when a screen has it running
}

void ScanFeature::watchCheck(core::SteadyTime now) {
    const platform::CameraStatus status = camera_->status();
    const auto frame = camera_->latest();
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - check_->since);
    std::optional<std::pair<bool, std::string>> result;
    if (status.state == platform::CameraState::Running && frame) {
        result = {true, "a " + std::to_string(frame->width) + "x" + std::to_string(frame->height) + " picture came " +
                            std::to_string(waited.count()) + " ms after the camera was started"};
    } else if (status.state == platform::CameraState::Failed) {
        result = {false, "the camera did not start: " + status.problem};
    } else if (waited > kCameraCheckTime) {
        result = {false,
                  "the camera started but sent no picture within " + std::to_string(kCameraCheckTime.count()) + " s"};
    }
    if (!result) return;
    noteHealth(result->first ? CameraHealth::Ready : CameraHealth::Failed);
    spdlog::info("remote care: camera test: {}", result->second);
    const auto done = std::move(check_->done);
    check_.reset();
    if (cameraUse_ == CameraUse::None) stopCamera();  // the light goes off again
    done(result->first, result->second);
}

void ScanFeature::noteHealth(CameraHealth now) {
    if (now == CameraHealth::NotChecked || health_->exchange(now) == now) return;
    // The platform hears at once when the camera fails or comes back, not at the next heartbeat.
    if (net::SyncEngine* sync = host_.syncEngine()) sync->heartbeatNow();
}

std::function<std::string()> ScanFeature::healthReader() const {
    return [health = health_] {
        switch (health->load()) {
            case CameraHealth::Ready: return std::string(R"({"state":"ready"})");
            case CameraHealth::Failed: return std::string(R"({"state":"failed"})");
            case CameraHealth::NotChecked: break;
        }
        return std::string(R"({"state":"not_checked"})");
    };
}

}  // namespace kiosk
