#pragma once
// The platform's side of remote commands (docs/api.md "Remote care"): an admin's order checked by
// the kiosk's own reader (core/remote_command.h), what the kiosk receives, and the shape of its
// answer — checked field by field, as a heartbeat is, since it is stored and shown on the fleet page.
#include <nlohmann/json.hpp>
#include <string>

#include "fleet_store.h"

namespace kiosk::server {

struct CommandOrder {
    std::string name;
    std::string args;     // JSON object of the command's own fields
    std::string problem;  // "" when the order is good
};

// {"command": name, and the command's own fields} from an admin.
CommandOrder readCommandOrder(const nlohmann::json& body);
// {"id", "name", fields}: as the kiosk receives it in the heartbeat's answer.
nlohmann::json commandForKiosk(const QueuedCommand& command);
// "" when `body` is a command's answer: {"device_id", "status": done | refused | failed,
// "detail": one line, "log": [lines] (the logs command's)}; otherwise the problem.
std::string commandResultProblem(const nlohmann::json& body);
nlohmann::json commandRecordJson(const CommandRecord& record);
// A device id an admin gives: 1–64 of A–Z a–z 0–9 _ . -, not starting with a dot.
bool isDeviceId(const std::string& id);

}  // namespace kiosk::server
