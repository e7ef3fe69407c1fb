#pragma once
// What refserver accepts as a kiosk's heartbeat (docs/api.md "Heartbeat"): every field of the
// documented shape, each checked by the kiosk's readers (plain tokens, whole numbers in range,
// W3C date-times, the text rule), nothing else. The body is stored as sent, so a field that is not
// checked here would reach whoever reads the platform's database next.
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::server {

// "" when `body` is a heartbeat; otherwise the problem, naming the field (never its value).
std::string heartbeatProblem(const nlohmann::json& body);

}  // namespace kiosk::server
