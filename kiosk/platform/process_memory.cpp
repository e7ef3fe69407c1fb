#include "platform/process_memory.h"

#include <charconv>
#include <fstream>
#include <string>

namespace kiosk::platform {
namespace {

// "Rss:              136428 kB" → 136428
std::optional<long> kilobytesOf(const std::string& line, const char* field) {
    const std::string prefix = std::string(field) + ":";
    if (line.rfind(prefix, 0) != 0) return std::nullopt;
    const std::size_t digits = line.find_first_of("0123456789", prefix.size());
    if (digits == std::string::npos) return std::nullopt;
    long kb = 0;
    const auto [end, error] = std::from_chars(line.data() + digits, line.data() + line.size(), kb);
    if (error != std::errc{} || kb < 0) return std::nullopt;
    return kb;
}

}  // namespace

std::optional<ProcessMemory> readProcessMemory() {
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::optional<long> rss;
    std::optional<long> pss;
    std::string line;
    while (std::getline(rollup, line)) {
        if (!rss) rss = kilobytesOf(line, "Rss");
        if (!pss) pss = kilobytesOf(line, "Pss");
    }
    if (!rss || !pss) return std::nullopt;
    return ProcessMemory{static_cast<double>(*rss) / 1024.0, static_cast<double>(*pss) / 1024.0};
}

}  // namespace kiosk::platform
