#pragma once
// The unattended display (待机): the announcements in turn (core/playlist), the slogan strip, the
// opening hours' dimmed or black screen (display.hours), and a video announcement played while
// its slide shows — its frames on the picture texture (the camera's too: the two never show at
// once).
#include <memory>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/display_schedule.h"
#include "core/playlist.h"
#include "features/content/content.h"
#include "platform/video_clip.h"

namespace kiosk {

class AttractFeature : public Feature {
public:
    AttractFeature(FeatureHost& host, const ContentFeature& content);
    std::string_view name() const override { return "attract"; }

    // The slide time from the config (at start and after a config reload); the loop starts over.
    void useConfig(const config::KioskConfig& config, core::SteadyTime now);
    void restart(core::SteadyTime now) { playlist_.restart(now); }
    void startStrip(core::SteadyTime now) { startedAt_ = now; }  // the slogan strip runs from here
    core::SteadyTime nextChange() const { return playlist_.nextChange(); }
    const platform::VideoClip* video() const { return video_.get(); }
    std::size_t videosClosing() const { return videosClosing_.size(); }  // stopped, still closing

    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;

private:
    core::DisplayMode displayModeNow(const core::LocalMoment& moment);
    void prepareVideo(ui::AppView& view);
    void retireVideo(ui::AppView& view);

    FeatureHost& host_;
    const ContentFeature& content_;
    core::Playlist playlist_;
    core::SteadyTime startedAt_{};
    core::DisplayMode lastDisplayMode_ = core::DisplayMode::On;
    std::unique_ptr<platform::VideoClip> video_;
    std::vector<std::unique_ptr<platform::VideoClip>> videosClosing_;  // asked to stop, closing on their threads
    std::shared_ptr<const platform::CameraFrame> shownVideoFrame_;
    ui::ShowVideoAt videoSize_;  // where the screen shows the video (0 x 0: not known yet)
};

}  // namespace kiosk
