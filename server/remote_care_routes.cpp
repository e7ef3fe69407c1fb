// Remote care (docs/api.md "Remote care"): a kiosk enrols without anyone typing a token, says how
// it is in its heartbeat, and takes the commands an admin queued for it, answering each.
#include <filesystem>
#include <fstream>

#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/text_rule.h"
#include "heartbeat_check.h"
#include "ref_server_impl.h"
#include "remote_commands.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

constexpr const char* kBase = "/open311/v2";

bool isHex(const std::string& s, std::size_t size) {
    return s.size() == size && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::int64_t secondsNow() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

// The PNG signature and its first chunk, the header (IHDR), as every PNG begins.
bool isPng(const std::string& b) {
    static const std::string kSignature = "\x89PNG\r\n\x1a\n";
    return b.size() > 33 && b.compare(0, kSignature.size(), kSignature) == 0 && b.compare(12, 4, "IHDR") == 0;
}

}  // namespace

std::filesystem::path RefServer::Impl::screenshotPath(const std::string& deviceId) const {
    // By a digest of the id: a device id is the admin's word, never a path.
    return std::filesystem::path(options.dataDir) / "screenshots" /
           (storage::sha256Hex(deviceId).substr(0, 32) + ".png");
}

void RefServer::Impl::remoteCareRoutes() {
    httplib::Server& s = *http;
    // Enrolment, step 1 (no token yet): the kiosk keeps a secret and sends its SHA-256; it gets
    // the code it shows its operator.
    s.Post(std::string(kBase) + "/kiosk/enrolments", [this](const httplib::Request& req, httplib::Response& res) {
        const auto body = core::readJson(req.body).value;
        const std::string claim = textOf(body, "claim_sha256");
        const std::string hall = textOf(body, "hall");
        const std::string version = textOf(body, "app_version");
        if (!body.is_object() || body.size() != 3 || !isHex(claim, 64) || !core::isTextLine(hall, 64) ||
            !core::isPlainToken(version, 64)) {
            return fail(res, Format::Json, 400,
                        "the body must be {\"claim_sha256\": 64 hex digits, \"hall\": one line of text, "
                        "\"app_version\"}");
        }
        std::string code;
        switch (fleet->startEnrolment(claim, hall, version, req.remote_addr, secondsNow(), code)) {
            case EnrolmentStart::Started: break;
            case EnrolmentStart::TooManyFromClient:
                res.set_header("Retry-After", "600");
                return fail(res, Format::Json, 429, "too many enrolments from this address wait for an admin");
            case EnrolmentStart::TooMany:
                res.set_header("Retry-After", "600");
                return fail(res, Format::Json, 503, "too many enrolments wait for an admin; try again later");
        }
        answer(res, Format::Json, 201, nlohmann::json{{"code", code}, {"expires_in_s", kEnrolmentSeconds}}.dump());
    });
    // Enrolment, step 2: the kiosk asks with its secret until an admin confirmed the code; the
    // token is given once. Unknown, expired and a wrong secret are all "no such enrolment".
    s.Post(std::string(kBase) + R"(/kiosk/enrolments/([0-9]{8})/claim)",
           [this](const httplib::Request& req, httplib::Response& res) {
               const auto body = core::readJson(req.body).value;
               const std::string claim = textOf(body, "claim");
               if (!body.is_object() || body.size() != 1 || !isHex(claim, 64)) {
                   return fail(res, Format::Json, 400, "the body must be {\"claim\": 64 hex digits}");
               }
               const EnrolmentClaim c = fleet->claim(req.matches[1].str(), storage::sha256Hex(claim), secondsNow());
               res.set_header("Cache-Control", "no-store");
               switch (c.state) {
                   case EnrolmentClaim::State::Unknown: return fail(res, Format::Json, 404, "no such enrolment");
                   case EnrolmentClaim::State::Waiting: return answer(res, Format::Json, 202, R"({"state":"waiting"})");
                   case EnrolmentClaim::State::Issued:
                       return answer(res, Format::Json, 200,
                                     nlohmann::json{{"device_id", c.deviceId}, {"device_token", c.token}}.dump());
               }
           });
    // The kiosk's state; the answer carries the commands queued for it, each delivered once.
    s.Post(std::string(kBase) + "/kiosk/heartbeat", [this](const httplib::Request& req, httplib::Response& res) {
        const auto owner = bearerDevice(req);
        if (!owner) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;  // depth-limited: it is stored re-dumped
        if (std::string problem = heartbeatProblem(body); !problem.empty()) {
            return fail(res, Format::Json, 400, problem);
        }
        const std::string device = body["device_id"].get<std::string>();
        if (std::string refusal = deviceRefusal(owner, device); !refusal.empty()) {
            return fail(res, Format::Json, 403, refusal);
        }
        fleet->recordHeartbeat(device, now(), secondsNow(), body.dump());
        nlohmann::json commands = nlohmann::json::array();
        for (const QueuedCommand& c : fleet->deliverCommands(device, now())) commands.push_back(commandForKiosk(c));
        answer(res, Format::Json, 200, nlohmann::json{{"commands", commands}}.dump());
    });
    // A command's answer: {"device_id", "status", "detail"[, "log"]}.
    s.Post(std::string(kBase) + R"(/kiosk/commands/(c[0-9]{1,18})/result)", [this](const httplib::Request& req,
                                                                                   httplib::Response& res) {
        const auto owner = bearerDevice(req);
        if (!owner) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;
        if (std::string problem = commandResultProblem(body); !problem.empty()) {
            return fail(res, Format::Json, 400, problem);
        }
        const std::string device = body["device_id"].get<std::string>();
        if (std::string refusal = deviceRefusal(owner, device); !refusal.empty()) {
            return fail(res, Format::Json, 403, refusal);
        }
        if (!fleet->recordResult(device, req.matches[1].str(), body["status"].get<std::string>(), body.dump(), now())) {
            return fail(res, Format::Json, 404, "no such command waits for this device's answer");
        }
        answer(res, Format::Json, 200, "{}");
    });
    // A screenshot command's answer: the picture itself (PNG, at most 5 MB), the device named in
    // the query.
    s.Post(std::string(kBase) + R"(/kiosk/commands/(c[0-9]{1,18})/screenshot)", [this](const httplib::Request& req,
                                                                                       httplib::Response& res) {
        const auto owner = bearerDevice(req);
        if (!owner) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const std::string device = req.get_param_value("device_id");
        if (!core::isPlainToken(device, 64)) return fail(res, Format::Json, 400, "device_id is required");
        if (std::string refusal = deviceRefusal(owner, device); !refusal.empty()) {
            return fail(res, Format::Json, 403, refusal);
        }
        if (!startsWith(req.get_header_value("Content-Type"), "image/png") || !isPng(req.body))
            return fail(res, Format::Json, 400, "the body must be a PNG picture (image/png)");
        const auto command = fleet->command(req.matches[1].str());
        if (!command || command->command.name != "screenshot") {
            return fail(res, Format::Json, 404, "no such screenshot command");
        }
        const nlohmann::json result = {{"device_id", device}, {"status", "done"}, {"bytes", req.body.size()}};
        if (!fleet->recordResult(device, command->command.id, "done", result.dump(), now())) {
            return fail(res, Format::Json, 404, "no such command waits for this device's answer");
        }
        const auto path = screenshotPath(device);
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary).write(req.body.data(), static_cast<std::streamsize>(req.body.size()));
        fleet->recordScreenshot(device, now());
        answer(res, Format::Json, 200, "{}");
    });

    // Admin: a command for a device ({"command": name, and its own fields}) → {"id"}.
    s.Post(R"(/admin/devices/([A-Za-z0-9_.-]{1,64})/commands)",
           [this](const httplib::Request& req, httplib::Response& res) {
               if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
               const auto body = core::readJson(req.body).value;
               const CommandOrder order = readCommandOrder(body);
               if (!order.problem.empty()) return fail(res, Format::Json, 400, order.problem);
               const std::string id = fleet->queueCommand(req.matches[1].str(), order.name, order.args, now());
               answer(res, Format::Json, 201, nlohmann::json{{"id", id}}.dump());
           });
    // Admin: what became of a command.
    s.Get(R"(/admin/commands/(c[0-9]{1,18}))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
        const auto c = fleet->command(req.matches[1].str());
        if (!c) return fail(res, Format::Json, 404, "no such command");
        answer(res, Format::Json, 200, commandRecordJson(*c).dump());
    });
    // Admin: the enrolments waiting, and confirming one with the device's id.
    s.Get("/admin/enrolments", [this](const httplib::Request& req, httplib::Response& res) {
        if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
        nlohmann::json list = nlohmann::json::array();
        for (const PendingEnrolment& e : fleet->pendingEnrolments(secondsNow())) {
            list.push_back({{"code", e.code},
                            {"hall", e.hall},
                            {"app_version", e.appVersion},
                            {"confirmed", e.confirmed},
                            {"device_id", e.deviceId}});
        }
        answer(res, Format::Json, 200, nlohmann::json{{"enrolments", list}}.dump());
    });
    s.Delete(R"(/admin/enrolments/([0-9]{8}))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
        if (!fleet->discardEnrolment(req.matches[1].str())) return fail(res, Format::Json, 404, "no such enrolment");
        answer(res, Format::Json, 200, "{}");
    });
    s.Post(R"(/admin/enrolments/([0-9]{8})/confirm)", [this](const httplib::Request& req, httplib::Response& res) {
        if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
        const auto body = core::readJson(req.body).value;
        const std::string device = textOf(body, "device_id");
        if (!isDeviceId(device)) {
            return fail(res, Format::Json, 400, "device_id must be 1-64 of A-Z a-z 0-9 _ . - (not starting with .)");
        }
        const auto replace = body.is_object() ? body.find("replace") : body.end();
        const bool replacing =
            body.is_object() && replace != body.end() && replace->is_boolean() && replace->get<bool>();
        switch (fleet->confirmEnrolment(req.matches[1].str(), device, replacing, secondsNow())) {
            case EnrolmentConfirm::Confirmed: break;
            case EnrolmentConfirm::Unknown:
                return fail(res, Format::Json, 404, "no such enrolment waits (expired, or confirmed already)");
            case EnrolmentConfirm::DeviceExists:
                return fail(res, Format::Json, 409,
                            "this device_id is enrolled already; to give it to this kiosk (its old token stops "
                            "working), confirm with \"replace\": true");
        }
        answer(res, Format::Json, 200, "{}");
    });
}

}  // namespace kiosk::server
