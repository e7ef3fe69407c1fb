// Video announcements on the unattended display.
#include <spdlog/spdlog.h>

#include "app.h"

namespace kiosk {

void App::retireAttractVideo() {
    if (!video_) return;
    // Closing a pipeline takes tens of milliseconds: never under a resident's finger.
    video_->requestStop();
    videosClosing_.push_back(std::move(video_));
    shownVideoFrame_.reset();
    view_.attractVideo.reset();
}

void App::prepareAttractVideo() {
    std::erase_if(videosClosing_, [](const auto& clip) { return clip->closed(); });
    std::string wanted;
    const bool showing = router_.current() == core::ScreenId::Attract && view_.displayMode == core::DisplayMode::On &&
                         view_.attractSlide && *view_.attractSlide < announcements_.size();
    if (showing) wanted = announcements_[*view_.attractSlide].videoPath;
    if (wanted.empty()) {
        retireAttractVideo();  // not this slide, dimmed, or someone uses the kiosk: nothing decodes
        return;
    }
    if (!video_ || video_->path() != wanted) {
        retireAttractVideo();
        video_ = std::make_unique<platform::VideoClip>(wanted);
        // A frame wakes the loop for one frame, which repaints only the picture (see GlfwRunner).
        video_->onFrame(services_.wakeForPicture ? services_.wakeForPicture : services_.wakeUiThread);
        video_->start();
    }
    if (video_->status().state == platform::VideoState::Failed) {
        view_.attractVideo.reset();  // its picture and words instead
        return;
    }
    const std::shared_ptr<const platform::CameraFrame> frame = video_->latest();
    if (!frame || frame == shownVideoFrame_ || !services_.pictureTexture) return;
    view_.attractVideo = services_.pictureTexture->show(frame->rgba.data(), frame->width, frame->height);
    shownVideoFrame_ = frame;
}

}  // namespace kiosk
