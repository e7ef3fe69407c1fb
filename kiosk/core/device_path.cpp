#include "core/device_path.h"

#include <algorithm>

namespace kiosk::core {

std::optional<std::string> devicePathProblem(std::string_view path) {
    if (path.size() > 200) return std::string("is longer than 200 characters");
    if (std::any_of(path.begin(), path.end(),
                    [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; })) {
        return std::string("must not hold spaces or control characters");
    }
    if (path.empty() || path.front() != '/') return std::string("must be a device path like /dev/ttyUSB0");
    if (path.find("/../") != std::string_view::npos || path.substr(path.size() >= 3 ? path.size() - 3 : 0) == "/..") {
        return std::string("must not climb with ..");
    }
    return std::nullopt;
}

}  // namespace kiosk::core
