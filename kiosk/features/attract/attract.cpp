#include "features/attract/attract.h"

#include <spdlog/spdlog.h>

#include "app/app_setup.h"
#include "core/burn_in.h"
#include "core/ticker.h"

namespace kiosk {

AttractFeature::AttractFeature(FeatureHost& host, const ContentFeature& content)
    : host_(host),
      content_(content),
      playlist_(core::Seconds{static_cast<double>(host.config().attract.slideSeconds)}) {}

void AttractFeature::useConfig(const config::KioskConfig& config, core::SteadyTime now) {
    playlist_ = core::Playlist(core::Seconds{static_cast<double>(config.attract.slideSeconds)});
    playlist_.restart(now);
}

core::DisplayMode AttractFeature::displayModeNow(const core::LocalMoment& moment) {
    const config::KioskConfig::Display& d = host_.config().display;
    const core::DisplayMode mode =
        core::displayModeAt(core::parseDisplayHours(d.hours),
                            core::displayModeFromName(d.outsideHours).value_or(core::DisplayMode::Dim), moment);
    if (mode != lastDisplayMode_) {
        static constexpr const char* kNames[] = {"on", "dimmed", "blank"};
        spdlog::info("display: {} ({})", kNames[static_cast<int>(mode)],
                     d.hours.empty() ? std::string("always on") : "opening hours " + d.hours);
        lastDisplayMode_ = mode;
    }
    return mode;
}

void AttractFeature::prepare(ui::AppView& view, core::SteadyTime now) {
    const core::Clock& clock = host_.clock();
    const std::vector<core::Announcement>& announcements = content_.announcements();
    view.attractSlide = playlist_.update(announcements, core::localMoment(clock.wallNow()), now);
    view.attractPosition = playlist_.position();
    view.attractLoopLength = playlist_.loopLength();
    view.attractDrift = core::burnInDrift(clock.wallNow());
    view.tickerText.clear();
    view.displayMode = core::DisplayMode::On;
    if (host_.router().current() == core::ScreenId::Attract) {
        const core::LocalMoment moment = core::localMoment(clock.wallNow());
        view.displayMode = displayModeNow(moment);
        // Dimmed or black, nothing moves: the loop sleeps until a touch or the next minute.
        if (view.displayMode == core::DisplayMode::On)
            view.tickerText =
                core::tickerText(content_.slogans(), moment, host_.strings().get("attract.ticker_separator"));
        view.tickerSeconds = std::chrono::duration<double>(now - startedAt_).count();
    }
    prepareVideo(view);
}

bool AttractFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    const auto* size = std::get_if<ui::ShowVideoAt>(&action);
    if (!size) return false;
    videoSize_ = *size;
    if (video_) video_->showAt(size->width, size->height);
    return true;
}

void AttractFeature::retireVideo(ui::AppView& view) {
    if (!video_) return;
    // Closing a pipeline takes tens of milliseconds: never under a resident's finger.
    video_->requestStop();
    videosClosing_.push_back(std::move(video_));
    shownVideoFrame_.reset();
    view.attractVideo.reset();
}

void AttractFeature::prepareVideo(ui::AppView& view) {
    std::erase_if(videosClosing_, [](const auto& clip) { return clip->closed(); });
    std::string wanted;
    const std::vector<core::Announcement>& announcements = content_.announcements();
    const bool showing = host_.router().current() == core::ScreenId::Attract &&
                         view.displayMode == core::DisplayMode::On && view.attractSlide &&
                         *view.attractSlide < announcements.size();
    if (showing) wanted = announcements[*view.attractSlide].videoPath;
    if (wanted.empty()) {
        retireVideo(view);  // not this slide, dimmed, or someone uses the kiosk: nothing decodes
        return;
    }
    if (!video_ || video_->path() != wanted) {
        retireVideo(view);
        video_ = std::make_unique<platform::VideoClip>(wanted);
        // A frame wakes the loop for one frame, which repaints only the picture (see GlfwRunner).
        const AppServices& services = host_.services();
        video_->onFrame(services.wakeForPicture ? services.wakeForPicture : services.wakeUiThread);
        video_->showAt(videoSize_.width, videoSize_.height);
        video_->start();
    }
    if (video_->status().state == platform::VideoState::Failed) {
        view.attractVideo.reset();  // its picture and words instead
        return;
    }
    const std::shared_ptr<const platform::CameraFrame> frame = video_->latest();
    if (!frame || frame == shownVideoFrame_ || !host_.services().pictureTexture) return;
    view.attractVideo = host_.services().pictureTexture->show(frame->rgba.data(), frame->width, frame->height);
    shownVideoFrame_ = frame;
}

}  // namespace kiosk
