#pragma once
// A device file named in the config ([printer] device, [id_card] device): an absolute path of
// printable characters that does not climb with "..". Tests give paths of their own (a pty behind
// a symlink), so the path is not held to /dev.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// Why `path` is not such a path (English, for the config's error message), or nothing when it is.
std::optional<std::string> devicePathProblem(std::string_view path);

}  // namespace kiosk::core
