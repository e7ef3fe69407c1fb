#include "features/accessibility/accessibility.h"

#include <spdlog/spdlog.h>

#include "ui/speech_output.h"

namespace kiosk {

AccessibilityFeature::AccessibilityFeature(FeatureHost& host, const widgets::WidgetRegistry& registry)
    : host_(host), registry_(registry) {}

void AccessibilityFeature::useDefaults(const config::KioskConfig& config) {
    defaultTextSize_ = core::textSizeFromName(config.ui.textSize).value_or(core::TextSize::Standard);
    defaultColorScheme_ = core::colorSchemeFromName(config.ui.colors).value_or(core::ColorScheme::Standard);
    defaultSpeechVolume_ = core::speechVolumeFromName(config.speech.volume).value_or(core::SpeechVolume::Medium);
}

void AccessibilityFeature::startWithDefaults() {
    textSize_ = defaultTextSize_;
    colorScheme_ = defaultColorScheme_;
    setSpeechVolume(defaultSpeechVolume_);
}

void AccessibilityFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    view.textSize = textSize_;
    view.colorScheme = colorScheme_;
    view.speechVolume = speechVolume_;
}

void AccessibilityFeature::endVisit() {
    colorScheme_ = defaultColorScheme_;
    setTextSize(defaultTextSize_);
    setSpeechVolume(defaultSpeechVolume_);
}

void AccessibilityFeature::setTextSize(core::TextSize size) {
    if (size == textSize_) return;
    textSize_ = size;
    host_.useTextSize(size);
}

void AccessibilityFeature::setSpeechVolume(core::SpeechVolume volume) {
    speechVolume_ = volume;
    if (ui::SpeechOutput* speech = host_.speech()) speech->setVolume(core::speechVolumePercent(volume));
}

std::string AccessibilityFeature::readAloudText() const {
    // What the screen shows, in drawing order: its title first, then its content and its buttons.
    // A masked name is read as 王某华, not "asterisk".
    std::string text;
    for (std::string line : registry_.contentTexts()) {
        for (auto pos = line.find('*'); pos != std::string::npos; pos = line.find('*', pos)) line.replace(pos, 1, "某");
        if (!text.empty()) text += "。";
        text += line;
        if (text.size() > 6000) break;  // a long list: the first screenful is plenty
    }
    return text;
}

bool AccessibilityFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    ui::SpeechOutput* speech = host_.speech();
    if (std::holds_alternative<ui::CycleTextSize>(action)) {
        setTextSize(core::nextTextSize(textSize_));
    } else if (const auto* size = std::get_if<ui::SetTextSize>(&action)) {
        setTextSize(size->size);
    } else if (const auto* scheme = std::get_if<ui::SetColorScheme>(&action)) {
        colorScheme_ = scheme->scheme;
        spdlog::info("colours: {}", core::colorSchemeName(scheme->scheme));
    } else if (const auto* volume = std::get_if<ui::SetSpeechVolume>(&action)) {
        setSpeechVolume(volume->volume);
        // Say something at the new level at once: the resident judges by ear.
        if (speech) speech->say(host_.strings().get("display.volume_sample"));
    } else if (std::holds_alternative<ui::ReadAloud>(action)) {
        if (speech) speech->say(readAloudText());
        spdlog::info("read aloud on '{}'", core::screenName(host_.router().current()));
    } else if (const auto* words = std::get_if<ui::Speak>(&action)) {
        if (speech) speech->say(words->text);
    } else {
        return false;
    }
    return true;
}

}  // namespace kiosk
