#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// Every screen the kiosk can show. Later features add their screens here.
enum class ScreenId {
    Home,
    Attract,        // unattended display: cycles announcements until someone touches the screen
    OperatorError,  // the kiosk cannot start properly (bad config, missing font): tell the operator
};

std::string_view screenName(ScreenId id);  // stable name used by scripts and logs
std::optional<ScreenId> screenFromName(std::string_view name);

}  // namespace kiosk::core
