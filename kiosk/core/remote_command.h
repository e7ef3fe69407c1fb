#pragma once
// The commands the platform may send a kiosk in a heartbeat's answer (docs/api.md "Remote care"),
// read by one rule on both sides: refserver checks an admin's order with it, the kiosk each
// command it receives. A command is {"id", "name", and the name's own fields}; anything else —
// an unknown name, a field of another command, a value out of range — is refused whole.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

enum class RemoteCommandName {
    SyncNow,       // a sync round at once, content included
    ReloadConfig,  // read the config files again, once nobody uses the kiosk
    Restart,       // the program restarts (between visits)
    Screenshot,    // a picture of the screen, only while nobody uses the kiosk
    Logs,          // the log's last `lines` lines (the log holds no personal data)
    TestPrint,     // the receipt printer's test slip, where there is one
    TestCamera,    // one picture from the camera, where there is one (between visits)
    SetConfig,     // `toml`: the platform's settings over the operator's, tried on a restart
    ClearConfig,   // the platform's settings dropped: the operator's files alone, after a restart
};

constexpr int kMaxLogLinesAsked = 500;  // the log ring the kiosk keeps in memory
constexpr int kDefaultLogLinesAsked = 200;
constexpr std::size_t kMaxRemoteConfigBytes = 16 * 1024;

struct RemoteCommand {
    std::string id;  // the platform's id ("c17"); "" in an admin's order (the platform gives it)
    RemoteCommandName name = RemoteCommandName::SyncNow;
    int lines = kDefaultLogLinesAsked;  // Logs
    std::string toml;                   // SetConfig
};

std::string_view remoteCommandName(RemoteCommandName name);

enum class CommandId { Required, None };

// `value` as a command, or the problem in words that name fields, never quote values.
std::optional<RemoteCommand> readRemoteCommand(const nlohmann::json& value, CommandId id, std::string* problem);
// The command as the kiosk receives it (with its id).
nlohmann::json remoteCommandJson(const RemoteCommand& command);

}  // namespace kiosk::core
