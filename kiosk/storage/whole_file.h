#pragma once
// A small state file replaced whole or not at all: written beside (path + ".tmp"), then renamed
// over the old one, so a power cut leaves the old file or the new, never half of one.
#include <string>

namespace kiosk::storage {

// False (and `error`, for the log) when the file could not be written or replaced.
bool replaceWholeFile(const std::string& path, const std::string& text, std::string& error);

}  // namespace kiosk::storage
