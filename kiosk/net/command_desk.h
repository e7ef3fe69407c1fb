#pragma once
// The platform's commands on the kiosk's side (docs/api.md "Remote care"): read from a
// heartbeat's answer by core/remote_command's rule, handed on (to the sync worker itself or to the
// app, whichever carries the command out), and each one answered — done, refused or failed, with
// a line of detail, the log's lines, or a screenshot — in the next round, kept until the platform
// took the answer. Thread-safe: the sync worker receives and sends, the app takes and answers.
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/remote_command.h"
#include "net/http_client.h"

namespace kiosk::net {

struct CommandAnswer {
    std::string id;
    std::string status;                // done | refused | failed
    std::string detail;                // one line, English (the platform's admin reads it beside the log)
    std::vector<std::string> log;      // the logs command's lines
    std::function<std::string()> png;  // the screenshot command's picture, made when it is sent
};

class CommandDesk {
public:
    // The commands in a heartbeat's answer; a malformed one with an id is answered refused, one
    // without is logged (never quoted) and dropped.
    std::vector<core::RemoteCommand> receive(const nlohmann::json& answer);
    void answer(CommandAnswer a);
    std::size_t waiting() const;  // answers not yet taken by the platform
    int sent() const;             // answers the platform took since start
    // Sends the answers waiting (the sync worker): those the network did not carry wait for the
    // next round; one the platform refuses is logged and dropped.
    void send(HttpClient& client, const std::function<HttpRequest(const std::string& path)>& request,
              const std::string& deviceId);

private:
    mutable std::mutex mutex_;
    std::vector<CommandAnswer> answers_;
    int sent_ = 0;
};

}  // namespace kiosk::net
