#pragma once
#include <string>

namespace kiosk {

std::string versionText();
std::string defaultConfigFile();
// Empty config value: the assets folder the kiosk was built with.
std::string resolveAssetsDir(const std::string& configured);
// Empty config value: $XDG_STATE_HOME/yidiantong-kiosk, else ~/.local/state/yidiantong-kiosk.
std::string resolveDataDir(const std::string& configured);

}  // namespace kiosk
