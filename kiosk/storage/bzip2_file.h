#pragma once
#include <optional>
#include <string>

namespace kiosk::storage {

// The decompressed contents of a .bz2 file, or nothing when it is missing or broken.
// `maxBytes` caps the output: a corrupt or hostile file cannot exhaust memory.
std::optional<std::string> readBzip2File(const std::string& path, std::size_t maxBytes = 64u << 20);

}  // namespace kiosk::storage
