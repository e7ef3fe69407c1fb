#pragma once
// 16-bit mono PCM as the bytes of a RIFF/WAVE file: what the speech worker rendered, in a form any
// player (and a test) can open. No sound card is needed to check what 朗读 would say.
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::platform {

std::string wavBytes(const std::vector<std::int16_t>& samples, int sampleRate);

}  // namespace kiosk::platform
