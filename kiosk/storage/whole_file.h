#pragma once
// A small state file replaced whole or not at all: written beside (path + ".tmp"), then renamed
// over the old one, so a power cut leaves the old file or the new, never half of one.
#include <sys/types.h>

#include <string>

namespace kiosk::storage {

// False (and `error`, for the log) when the file could not be written or replaced. `mode` (less the
// umask) is the new file's from its first byte: 0600 for a secret is never readable by others,
// not even briefly.
bool replaceWholeFile(const std::string& path, const std::string& text, std::string& error, mode_t mode = 0644);

}  // namespace kiosk::storage
