#include "kiosk_paths.h"

#include <cstdlib>
#include <filesystem>

namespace kiosk {

std::string versionText() {
    return KIOSK_VERSION;
}
std::string defaultConfigFile() {
    return KIOSK_DEFAULT_CONFIG_FILE;
}

std::string resolveAssetsDir(const std::string& configured) {
    return configured.empty() ? std::string(KIOSK_DEFAULT_ASSETS_DIR) : configured;
}

std::string resolveDataDir(const std::string& configured) {
    if (!configured.empty()) return configured;
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) {
        return (std::filesystem::path(state) / "yidiantong-kiosk").string();
    }
    const char* home = std::getenv("HOME");
    return (std::filesystem::path(home && *home ? home : "/tmp") / ".local/state/yidiantong-kiosk").string();
}

}  // namespace kiosk
