#include "features/accessibility/accessibility.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>
#include <regex>
#include <string_view>

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

namespace {

constexpr std::string_view kSentenceEnds[] = {"。", "！", "？", "：", "；", "，", "…"};

bool endsWith(const std::string& text, std::string_view tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// A line as it is said: a masked name as 王某华, not "asterisk"; the page count as words (第 1/4 页
// is 第1页，共4页); the arrows and marks that only point (▲ ▼ ◀ ▶ ›) left out.
std::string spokenLine(std::string line) {
    for (auto pos = line.find('*'); pos != std::string::npos; pos = line.find('*', pos)) line.replace(pos, 1, "某");
    static const std::regex pageCount(R"(第 (\d+)/(\d+) 页)");
    line = std::regex_replace(line, pageCount, "第$1页，共$2页");
    for (const char* mark : {"▲", "▼", "◀", "▶", "›"}) {
        for (auto pos = line.find(mark); pos != std::string::npos; pos = line.find(mark, pos)) {
            line.erase(pos, std::string_view(mark).size());
        }
    }
    const auto first = line.find_first_not_of(' ');
    const auto last = line.find_last_not_of(' ');
    return first == std::string::npos ? std::string{} : line.substr(first, last - first + 1);
}

}  // namespace

std::string AccessibilityFeature::readAloudText() const {
    // What the screen shows, in drawing order: its title first, then its content and its buttons,
    // a pause (。) between lines unless a line already ends in its own punctuation.
    std::string text;
    for (const std::string& shown : registry_.contentTexts()) {
        const std::string line = spokenLine(shown);
        if (line.empty()) continue;
        const bool punctuated = std::any_of(std::begin(kSentenceEnds), std::end(kSentenceEnds),
                                            [&](std::string_view end) { return endsWith(text, end); });
        if (!text.empty() && !punctuated) text += "。";
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
