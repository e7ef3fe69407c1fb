#include "net/command_desk.h"

#include <spdlog/spdlog.h>

#include "core/text_rule.h"

namespace kiosk::net {

std::vector<core::RemoteCommand> CommandDesk::receive(const nlohmann::json& answer) {
    std::vector<core::RemoteCommand> out;
    if (!answer.is_object() || !answer.contains("commands") || !answer["commands"].is_array()) return out;
    for (const nlohmann::json& c : answer["commands"]) {
        std::string problem;
        if (auto command = core::readRemoteCommand(c, core::CommandId::Required, &problem)) {
            spdlog::info("remote care: the platform asks for {} ({})", core::remoteCommandName(command->name),
                         command->id);
            out.push_back(std::move(*command));
            continue;
        }
        const auto id = c.is_object() && c.contains("id") && c["id"].is_string() ? c["id"].get<std::string>() : "";
        spdlog::warn("remote care: a command refused: {}", problem);
        if (core::isPlainToken(id, 32)) this->answer({id, "refused", problem, {}, {}});
    }
    return out;
}

void CommandDesk::answer(CommandAnswer a) {
    spdlog::info("remote care: {} answered {}{}{}", a.id, a.status, a.detail.empty() ? "" : ": ", a.detail);
    std::lock_guard lock(mutex_);
    answers_.push_back(std::move(a));
}

std::size_t CommandDesk::waiting() const {
    std::lock_guard lock(mutex_);
    return answers_.size();
}

int CommandDesk::sent() const {
    std::lock_guard lock(mutex_);
    return sent_;
}

void CommandDesk::send(HttpClient& client, const std::function<HttpRequest(const std::string& path)>& request,
                       const std::string& deviceId) {
    std::vector<CommandAnswer> todo;
    {
        std::lock_guard lock(mutex_);
        todo = answers_;
    }
    for (const CommandAnswer& a : todo) {
        HttpRequest r;
        if (a.png) {
            r = request("/kiosk/commands/" + a.id + "/screenshot?device_id=" + deviceId);
            r.body = a.png();
            r.contentType = "image/png";
            r.limits.totalTimeoutMs = 120000;  // a few MB on a slow line
        } else {
            r = request("/kiosk/commands/" + a.id + "/result");
            nlohmann::json body = {{"device_id", deviceId}, {"status", a.status}};
            body["detail"] = core::keepText(a.detail, core::Lines::One, 300);
            if (!a.log.empty()) {
                body["log"] = nlohmann::json::array();
                for (const std::string& line : a.log)
                    body["log"].push_back(core::keepText(line, core::Lines::One, 500));
            }
            r.body = body.dump();
            r.contentType = "application/json";
        }
        r.method = "POST";
        const HttpResponse res = client.perform(r);
        if (!res.ok()) return;  // the network: the rest waits for the next round
        if (res.status >= 500 || res.status == 429 || res.status == 408) return;
        if (res.status < 200 || res.status >= 300)
            spdlog::warn("remote care: the platform refused the answer to {} (HTTP {})", a.id, res.status);
        std::lock_guard lock(mutex_);
        std::erase_if(answers_, [&](const CommandAnswer& w) { return w.id == a.id; });
        if (res.status >= 200 && res.status < 300) ++sent_;
    }
}

}  // namespace kiosk::net
