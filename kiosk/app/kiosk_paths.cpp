#include "app/kiosk_paths.h"

#include <cstdlib>
#include <filesystem>
#include <optional>

namespace kiosk {
namespace {

// The installed layout (the .deb, cmake/Packaging.cmake): /usr/bin/kiosk beside
// /usr/share/yidiantong-kiosk/assets. Nothing for a binary in a build folder.
std::optional<std::filesystem::path> installedAssets() {
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return std::nullopt;
    const std::filesystem::path assets = exe.parent_path().parent_path() / "share" / "yidiantong-kiosk" / "assets";
    if (!std::filesystem::is_directory(assets / "i18n", error)) return std::nullopt;
    return assets;
}

}  // namespace

std::string versionText() {
    return KIOSK_VERSION;
}
std::string defaultConfigFile() {
    return installedAssets() ? std::string("/etc/yidiantong-kiosk/kiosk.toml") : std::string(KIOSK_DEFAULT_CONFIG_FILE);
}

std::string resolveAssetsDir(const std::string& configured) {
    if (!configured.empty()) return configured;
    if (const auto installed = installedAssets()) return installed->string();
    return KIOSK_DEFAULT_ASSETS_DIR;
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
