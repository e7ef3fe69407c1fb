#include "remote_commands.h"

#include "core/json_input.h"
#include "core/remote_command.h"
#include "core/text_rule.h"

namespace kiosk::server {
namespace {

constexpr std::size_t kDetailChars = 300;
constexpr std::size_t kLogLineChars = 500;

}  // namespace

CommandOrder readCommandOrder(const nlohmann::json& body) {
    if (!body.is_object() || !body.contains("command") || !body["command"].is_string()) {
        return {"", "", "the body must be {\"command\": a command's name, and its fields}"};
    }
    nlohmann::json asCommand = body;
    asCommand["name"] = asCommand["command"];
    asCommand.erase("command");
    std::string problem;
    const auto command = core::readRemoteCommand(asCommand, core::CommandId::None, &problem);
    if (!command) return {"", "", problem};
    nlohmann::json args = core::remoteCommandJson(*command);
    args.erase("id");
    args.erase("name");
    return {std::string(core::remoteCommandName(command->name)), args.dump(), ""};
}

nlohmann::json commandForKiosk(const QueuedCommand& command) {
    nlohmann::json out = core::readJson(command.args).value;
    if (!out.is_object()) out = nlohmann::json::object();
    out["id"] = command.id;
    out["name"] = command.name;
    return out;
}

std::string commandResultProblem(const nlohmann::json& body) {
    if (!body.is_object()) return "body must be a JSON object";
    if (!body.contains("device_id") || !body.contains("status")) return "device_id and status are required";
    for (const auto& [key, value] : body.items()) {
        if (key == "device_id") {
            if (!value.is_string() || !core::isPlainToken(value.get_ref<const std::string&>(), 64))
                return "device_id is not printable ASCII without spaces";
        } else if (key == "status") {
            const bool known = value.is_string() && (value == "done" || value == "refused" || value == "failed");
            if (!known) return "status must be done, refused or failed";
        } else if (key == "detail") {
            if (!value.is_string() ||
                core::textProblem(value.get_ref<const std::string&>(), core::Lines::One, kDetailChars, false))
                return "detail is not one line of at most 300 characters of text";
        } else if (key == "log") {
            if (!value.is_array() || value.size() > static_cast<std::size_t>(core::kMaxLogLinesAsked))
                return "log is not a list of at most 500 lines";
            for (const auto& line : value) {
                if (!line.is_string() ||
                    core::textProblem(line.get_ref<const std::string&>(), core::Lines::One, kLogLineChars, false))
                    return "log holds an entry that is not one line of at most 500 characters of text";
            }
        } else {
            return "the answer holds a field the API does not name";
        }
    }
    return "";
}

nlohmann::json commandRecordJson(const CommandRecord& r) {
    nlohmann::json out = commandForKiosk(r.command);
    out["queued_at"] = r.queuedAt;
    out["delivered_at"] = r.deliveredAt;
    out["status"] = r.status;
    out["answered_at"] = r.answeredAt;
    const nlohmann::json result = core::readJson(r.result).value;
    out["result"] = result.is_object() ? result : nlohmann::json::object();
    return out;
}

bool isDeviceId(const std::string& id) {
    if (id.empty() || id.size() > 64 || id[0] == '.') return false;
    for (char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '.' || c == '-';
        if (!ok) return false;
    }
    return true;
}

}  // namespace kiosk::server
