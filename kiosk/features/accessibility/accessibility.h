#pragma once
// How the resident sees and hears the kiosk in this visit: 字号 (text size), 颜色 (colour scheme),
// 音量 (speech volume) and 朗读 (reading the screen aloud). Each visit starts from the config's
// defaults; the next resident never inherits the last one's choices.
#include "app/feature.h"
#include "app/feature_host.h"
#include "core/color_scheme.h"
#include "core/speech_volume.h"
#include "core/text_size.h"
#include "widgets/widget_registry.h"

namespace kiosk {

class AccessibilityFeature : public Feature {
public:
    AccessibilityFeature(FeatureHost& host, const widgets::WidgetRegistry& registry);
    std::string_view name() const override { return "accessibility"; }

    // The config's defaults (at start and after a config reload); the visit's own choices stay.
    void useDefaults(const config::KioskConfig& config);
    // At start, before the first atlas: the defaults, with no rebuild.
    void startWithDefaults();
    core::TextSize textSize() const { return textSize_; }
    core::ColorScheme colorScheme() const { return colorScheme_; }
    core::SpeechVolume speechVolume() const { return speechVolume_; }

    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void endVisit() override;

private:
    void setTextSize(core::TextSize size);
    void setSpeechVolume(core::SpeechVolume volume);
    std::string readAloudText() const;

    FeatureHost& host_;
    const widgets::WidgetRegistry& registry_;
    core::TextSize defaultTextSize_ = core::TextSize::Standard;
    core::ColorScheme defaultColorScheme_ = core::ColorScheme::Standard;
    core::SpeechVolume defaultSpeechVolume_ = core::SpeechVolume::Medium;
    core::TextSize textSize_ = core::TextSize::Standard;
    core::ColorScheme colorScheme_ = core::ColorScheme::Standard;
    core::SpeechVolume speechVolume_ = core::SpeechVolume::Medium;
};

}  // namespace kiosk
