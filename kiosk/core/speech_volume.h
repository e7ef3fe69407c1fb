#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// How loud 朗读 reads: three steps a resident can tell apart (小 / 中 / 大). The operator sets the
// hall's level with the system mixer and the session's starting step in the config; a resident's
// choice lasts until the session ends.
enum class SpeechVolume { Low, Medium, High };

// The synthesiser's volume for a step, in espeak-ng's units (100 = its default loudness).
int speechVolumePercent(SpeechVolume volume);
std::optional<SpeechVolume> speechVolumeFromName(std::string_view name);  // "low" | "medium" | "high"
std::string_view speechVolumeName(SpeechVolume volume);

}  // namespace kiosk::core
