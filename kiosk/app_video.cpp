// Video announcements on the unattended display.
#include <spdlog/spdlog.h>

#include "app.h"

namespace kiosk {

void App::prepareAttractVideo() {
    std::string wanted;
    const bool showing = router_.current() == core::ScreenId::Attract && view_.displayMode == core::DisplayMode::On &&
                         view_.attractSlide && *view_.attractSlide < announcements_.size();
    if (showing) wanted = announcements_[*view_.attractSlide].videoPath;
    if (wanted.empty()) {
        // Not this slide, dimmed, or someone is using the kiosk: nothing decodes.
        video_.reset();
        shownVideoFrame_.reset();
        view_.attractVideo.reset();
        return;
    }
    if (!video_ || video_->path() != wanted) {
        video_ = std::make_unique<platform::VideoClip>(wanted);
        // A frame wakes the loop for one frame, which repaints only the picture (see GlfwRunner).
        video_->onFrame(services_.wakeForPicture ? services_.wakeForPicture : services_.wakeUiThread);
        video_->start();
        shownVideoFrame_.reset();
        view_.attractVideo.reset();
    }
    if (video_->status().state == platform::VideoState::Failed) {
        view_.attractVideo.reset();  // its picture and words instead
        return;
    }
    const std::shared_ptr<const platform::CameraFrame> frame = video_->latest();
    if (!frame || frame == shownVideoFrame_ || !services_.cameraTexture) return;
    view_.attractVideo = services_.cameraTexture->show(frame->rgba.data(), frame->width, frame->height);
    shownVideoFrame_ = frame;
}

}  // namespace kiosk
