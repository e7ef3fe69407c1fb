#include "platform/wav_bytes.h"

namespace kiosk::platform {
namespace {

// RIFF is little-endian whatever the machine is.
void putLe(std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

}  // namespace

std::string wavBytes(const std::vector<std::int16_t>& samples, int sampleRate) {
    constexpr std::uint32_t kChannels = 1;
    constexpr std::uint32_t kBytesPerSample = 2;
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * kBytesPerSample);
    const auto rate = static_cast<std::uint32_t>(sampleRate);
    std::string out;
    out.reserve(44 + dataBytes);
    out += "RIFF";
    putLe(out, 36 + dataBytes, 4);
    out += "WAVEfmt ";
    putLe(out, 16, 4);  // size of the fmt chunk
    putLe(out, 1, 2);   // PCM
    putLe(out, kChannels, 2);
    putLe(out, rate, 4);
    putLe(out, rate * kChannels * kBytesPerSample, 4);  // bytes per second
    putLe(out, kChannels * kBytesPerSample, 2);         // block align
    putLe(out, 8 * kBytesPerSample, 2);                 // bits per sample
    out += "data";
    putLe(out, dataBytes, 4);
    for (std::int16_t s : samples) putLe(out, static_cast<std::uint16_t>(s), 2);
    return out;
}

}  // namespace kiosk::platform
