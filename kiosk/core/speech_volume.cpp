#include "core/speech_volume.h"

namespace kiosk::core {

int speechVolumePercent(SpeechVolume volume) {
    switch (volume) {
        case SpeechVolume::Low: return 50;
        case SpeechVolume::High: return 180;  // espeak-ng allows up to 200; above ~180 loud vowels clip
        case SpeechVolume::Medium:
        default: return 100;
    }
}

std::optional<SpeechVolume> speechVolumeFromName(std::string_view name) {
    if (name == "low") return SpeechVolume::Low;
    if (name == "medium") return SpeechVolume::Medium;
    if (name == "high") return SpeechVolume::High;
    return std::nullopt;
}

std::string_view speechVolumeName(SpeechVolume volume) {
    switch (volume) {
        case SpeechVolume::Low: return "low";
        case SpeechVolume::High: return "high";
        case SpeechVolume::Medium:
        default: return "medium";
    }
}

}  // namespace kiosk::core
