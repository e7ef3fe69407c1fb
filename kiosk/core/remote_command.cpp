#include "core/remote_command.h"

#include <array>
#include <utility>

#include "core/json_integer.h"
#include "core/text_rule.h"

namespace kiosk::core {
namespace {

constexpr std::array<std::pair<RemoteCommandName, std::string_view>, 9> kNames{{
    {RemoteCommandName::SyncNow, "sync_now"},
    {RemoteCommandName::ReloadConfig, "reload_config"},
    {RemoteCommandName::Restart, "restart"},
    {RemoteCommandName::Screenshot, "screenshot"},
    {RemoteCommandName::Logs, "logs"},
    {RemoteCommandName::TestPrint, "test_print"},
    {RemoteCommandName::TestCamera, "test_camera"},
    {RemoteCommandName::SetConfig, "set_config"},
    {RemoteCommandName::ClearConfig, "clear_config"},
}};

std::optional<RemoteCommand> refuse(std::string* problem, std::string words) {
    if (problem) *problem = std::move(words);
    return std::nullopt;
}

}  // namespace

std::string_view remoteCommandName(RemoteCommandName name) {
    for (const auto& [n, text] : kNames) {
        if (n == name) return text;
    }
    return "";
}

std::optional<RemoteCommand> readRemoteCommand(const nlohmann::json& value, CommandId id, std::string* problem) {
    if (!value.is_object()) return refuse(problem, "a command is a JSON object");
    RemoteCommand command;
    const auto name = value.find("name");
    if (name == value.end() || !name->is_string()) return refuse(problem, "a command needs a name");
    bool known = false;
    for (const auto& [n, text] : kNames) {
        if (text == name->get_ref<const std::string&>()) {
            command.name = n;
            known = true;
        }
    }
    if (!known) return refuse(problem, "the command's name is not one the kiosk knows");
    for (const auto& [key, field] : value.items()) {
        if (key == "name") continue;
        if (key == "id" && id == CommandId::Required) {
            if (!field.is_string() || !isPlainToken(field.get_ref<const std::string&>(), 32))
                return refuse(problem, "the command's id is not printable ASCII of at most 32 bytes");
            command.id = field.get<std::string>();
        } else if (key == "lines" && command.name == RemoteCommandName::Logs) {
            const auto lines = jsonInteger(field, IntegerRange{1, kMaxLogLinesAsked});
            if (!lines) return refuse(problem, "logs.lines must be a whole number from 1 to 500");
            command.lines = static_cast<int>(*lines);
        } else if (key == "toml" && command.name == RemoteCommandName::SetConfig) {
            if (!field.is_string()) return refuse(problem, "set_config.toml must be text");
            if (const auto p = textProblem(field.get_ref<const std::string&>(), Lines::Many, kMaxRemoteConfigBytes))
                return refuse(problem, "set_config.toml: " + *p);
            if (field.get_ref<const std::string&>().size() > kMaxRemoteConfigBytes)
                return refuse(problem, "set_config.toml is longer than 16 KB");
            command.toml = field.get<std::string>();
        } else {
            return refuse(problem, "the command holds a field its name does not take");
        }
    }
    if (id == CommandId::Required && command.id.empty()) return refuse(problem, "a command needs an id");
    if (command.name == RemoteCommandName::SetConfig && !value.contains("toml"))
        return refuse(problem, "set_config needs its toml");
    return command;
}

nlohmann::json remoteCommandJson(const RemoteCommand& command) {
    nlohmann::json out = {{"id", command.id}, {"name", remoteCommandName(command.name)}};
    if (command.name == RemoteCommandName::Logs) out["lines"] = command.lines;
    if (command.name == RemoteCommandName::SetConfig) out["toml"] = command.toml;
    return out;
}

}  // namespace kiosk::core
