#include "ref_server.h"

#include <httplib.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "case_store.h"
#include "content_feeds.h"
#include "core/case_catalog.h"
#include "core/json_input.h"
#include "core/text_rule.h"
#include "core/tracking_code.h"
#include "core/utf8.h"
#include "open311_format.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

constexpr const char* kBase = "/open311/v2";
constexpr std::size_t kMaxDescriptionChars = 4000;
constexpr std::size_t kMaxBodyBytes = 64 * 1024;         // every request but a photo
constexpr std::size_t kMaxMediaBytes = 5 * 1024 * 1024;  // a photo

Format formatOf(const httplib::Request& req) {
    return req.matches.size() > 1 && req.matches[req.matches.size() - 1] == "xml" ? Format::Xml : Format::Json;
}

void answer(httplib::Response& res, Format format, int status, const std::string& body) {
    res.status = status;
    res.set_content(body, contentType(format).c_str());
}

void fail(httplib::Response& res, Format format, int status, const std::string& description) {
    answer(res, format, status, errorsBody(format, {{status, description}}));
}

bool isHex(const std::string& s) {
    return s.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

}  // namespace

struct RefServer::Impl {
    RefServerOptions options;
    std::unique_ptr<httplib::Server> http;
    std::unique_ptr<CaseStore> store;
    std::mutex storeMutex;  // httplib serves on a thread pool; SQLite gets one caller at a time
    int repeats = 0;        // under storeMutex
    core::CaseCatalog catalog;
    std::string publicBase;               // "https://127.0.0.1:PORT": media URLs are under it
    std::unique_ptr<ContentFeeds> feeds;  // built once at start; read-only after

    std::string now() const {
        // The server's local time in its configured zone, as W3C: 2026-11-22T10:15:00+08:00.
        const int offsetHours = std::stoi(options.timezone.substr(0, 3));
        const std::time_t t = std::time(nullptr) + offsetHours * 3600;
        std::tm tm{};
        gmtime_r(&t, &tm);
        char buf[32];
        std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
        return std::string(buf) + options.timezone;
    }

    bool authorised(const httplib::Request& req) const {
        std::string token = req.get_header_value("Authorization");
        if (token.rfind("Bearer ", 0) == 0) {
            token = token.substr(7);
        } else {
            token = req.get_param_value("api_key");
        }
        for (const auto& t : options.deviceTokens) {
            if (!token.empty() && token == t) return true;
        }
        return false;
    }

    std::vector<ServiceInfo> services() const {
        std::vector<ServiceInfo> out;
        for (const auto& c : catalog.categories) {
            std::string kinds;
            for (core::CaseKind k : c.kinds) kinds += (kinds.empty() ? "" : ",") + std::string(core::caseKindName(k));
            out.push_back({c.code, c.name, c.scope, kinds, !c.questions.empty()});
        }
        return out;
    }

    void routes();
    void fileRequest(const httplib::Request& req, httplib::Response& res);
    void getRequests(const httplib::Request& req, httplib::Response& res);
};

void RefServer::Impl::routes() {
    httplib::Server& s = *http;
    s.set_payload_max_length(kMaxMediaBytes);  // the photo endpoint's; the others check kMaxBodyBytes
    s.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        if (req.body.size() > kMaxBodyBytes && req.path != std::string(kBase) + "/kiosk/media") {
            res.status = 413;
            res.set_content(errorsBody(Format::Json, {{413, "request body too large"}}),
                            contentType(Format::Json).c_str());
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const std::string ext = R"(\.(json|xml))";
    s.Get(std::string(kBase) + "/services" + ext, [this](const httplib::Request& req, httplib::Response& res) {
        const Format f = formatOf(req);
        if (!authorised(req)) return fail(res, f, 403, "device token missing or not accepted");
        answer(res, f, 200, servicesBody(f, services()));
    });
    s.Get(std::string(kBase) + R"(/services/([a-z0-9_]{1,40}))" + ext,
          [this](const httplib::Request& req, httplib::Response& res) {
              const Format f = formatOf(req);
              if (!authorised(req)) return fail(res, f, 403, "device token missing or not accepted");
              const core::CaseCategory* category = catalog.category(req.matches[1].str());
              if (!category) return fail(res, f, 404, "no such service_code");
              answer(res, f, 200, serviceDefinitionBody(f, *category));
          });
    s.Post(std::string(kBase) + "/requests" + ext,
           [this](const httplib::Request& req, httplib::Response& res) { fileRequest(req, res); });
    s.Get(std::string(kBase) + "/requests" + ext,
          [this](const httplib::Request& req, httplib::Response& res) { getRequests(req, res); });
    s.Get(std::string(kBase) + R"(/requests/([A-Za-z0-9_-]{1,40}))" + ext,
          [this](const httplib::Request& req, httplib::Response& res) {
              const Format f = formatOf(req);
              if (!authorised(req)) return fail(res, f, 403, "device token missing or not accepted");
              std::lock_guard lock(storeMutex);
              const auto r = store->find(req.matches[1].str());
              if (!r) return fail(res, f, 404, "no such service_request_id");
              answer(res, f, 200, requestsBody(f, {*r}));
          });
    s.Get(std::string(kBase) + "/servicerequestupdates" + ext,
          [this](const httplib::Request& req, httplib::Response& res) {
              const Format f = formatOf(req);
              if (!authorised(req)) return fail(res, f, 403, "device token missing or not accepted");
              const std::string id = req.get_param_value("service_request_id");
              if (id.empty()) return fail(res, f, 400, "service_request_id is required");
              std::lock_guard lock(storeMutex);
              answer(res, f, 200, updatesBody(f, store->updates(id)));
          });
    // Content: the manifest and the feeds' pages, each with an ETag (If-None-Match → 304).
    auto serveFeedPage = [](const httplib::Request& req, httplib::Response& res, const FeedPage& page) {
        res.set_header("ETag", page.etag);
        res.set_header("Cache-Control", "no-cache");
        if (req.get_header_value("If-None-Match") == page.etag) {
            res.status = 304;
            return;
        }
        answer(res, Format::Json, 200, page.body);
    };
    s.Get(std::string(kBase) + "/kiosk/manifest.json",
          [this, serveFeedPage](const httplib::Request& req, httplib::Response& res) {
              if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
              serveFeedPage(req, res, feeds->manifest());
          });
    s.Get(std::string(kBase) + R"(/kiosk/feeds/([a-z_]{1,32})\.json)",
          [this, serveFeedPage](const httplib::Request& req, httplib::Response& res) {
              if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
              const std::string pageText = req.has_param("page") ? req.get_param_value("page") : "1";
              if (pageText.empty() || pageText.size() > 6 ||
                  pageText.find_first_not_of("0123456789") != std::string::npos) {
                  return fail(res, Format::Json, 400, "page must be a whole number");
              }
              const FeedPage* page = feeds->page(req.matches[1].str(), std::stoi(pageText));
              if (!page) return fail(res, Format::Json, 404, "no such feed or page");
              serveFeedPage(req, res, *page);
          });
    // A photo for a case (JPEG, at most 5 MB): stored by content, the same photo twice is one file.
    s.Post(std::string(kBase) + "/kiosk/media", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const std::string& b = req.body;
        if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF || static_cast<unsigned char>(b[1]) != 0xD8 ||
            static_cast<unsigned char>(b[2]) != 0xFF) {
            return fail(res, Format::Json, 400, "the body must be a JPEG picture");
        }
        const std::string name = storage::sha256Hex(b) + ".jpg";
        const auto path = std::filesystem::path(options.dataDir) / "media" / name;
        std::filesystem::create_directories(path.parent_path());
        if (!std::filesystem::exists(path)) {
            std::ofstream out(path, std::ios::binary);
            out.write(b.data(), static_cast<std::streamsize>(b.size()));
        }
        answer(res, Format::Json, 201, nlohmann::json{{"media_url", publicBase + "/media/" + name}}.dump());
    });
    // Kiosk events: a rating after 已办结, a join on an open case (JSON; docs/api.md).
    s.Post(std::string(kBase) + "/kiosk/ratings", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;
        if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
        const std::string code = body.value("kiosk_tracking_code", "");
        const std::string rating = body.value("rating", "");
        const std::string reason = body.value("reason", "");
        const std::string at = body.value("at", "");
        if (!core::isWellFormedTrackingCode(code))
            return fail(res, Format::Json, 400, "kiosk_tracking_code is not a code");
        if (rating != "satisfied" && rating != "basically_satisfied" && rating != "unsatisfied") {
            return fail(res, Format::Json, 400, "rating must be satisfied, basically_satisfied or unsatisfied");
        }
        if (!reason.empty() && reason != "not_solved" && reason != "too_slow" && reason != "unclear_reply" &&
            reason != "attitude") {
            return fail(res, Format::Json, 400, "reason is not a known reason");
        }
        if (at.size() < 10 || at.size() > 40) return fail(res, Format::Json, 400, "at must be a W3C date-time");
        std::lock_guard lock(storeMutex);
        store->recordRating(code, rating, reason, at);
        answer(res, Format::Json, 201, "{}");
    });
    s.Post(std::string(kBase) + "/kiosk/joins", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;
        if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
        const std::string code = body.value("kiosk_tracking_code", "");
        const std::string at = body.value("at", "");
        if (!core::isWellFormedTrackingCode(code))
            return fail(res, Format::Json, 400, "kiosk_tracking_code is not a code");
        if (at.size() < 10 || at.size() > 40) return fail(res, Format::Json, 400, "at must be a W3C date-time");
        std::lock_guard lock(storeMutex);
        store->recordJoin(code, at);
        answer(res, Format::Json, 201, "{}");
    });
    // The kiosk's state; the answer carries the commands queued for it (docs/api.md).
    s.Post(std::string(kBase) + "/kiosk/heartbeat", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;  // depth-limited: it is stored re-dumped
        if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
        const std::string device = body.value("device_id", "");
        if (!core::isTextLine(device, 64)) return fail(res, Format::Json, 400, "device_id is required");
        for (const char* number : {"uptime_s", "outbox_depth", "needs_attention"}) {
            if (!body.contains(number) || !body[number].is_number_unsigned()) {
                return fail(res, Format::Json, 400, std::string(number) + " must be a whole number");
            }
        }
        std::lock_guard lock(storeMutex);
        store->recordHeartbeat(device, now(), body.dump());
        answer(res, Format::Json, 200, nlohmann::json{{"commands", store->takeCommands(device)}}.dump());
    });
    s.Post(R"(/admin/devices/([A-Za-z0-9_.-]{1,64})/commands)", [this](const httplib::Request& req,
                                                                       httplib::Response& res) {
        if (options.adminToken.empty() || req.get_header_value("Authorization") != "Bearer " + options.adminToken) {
            return fail(res, Format::Json, 403, "admin token missing or not accepted");
        }
        const auto body = core::readJson(req.body).value;
        const std::string command = body.is_object() ? body.value("command", "") : "";
        if (command != "sync_now" && command != "reload_config") {
            return fail(res, Format::Json, 400, "command must be sync_now or reload_config");
        }
        std::lock_guard lock(storeMutex);
        store->queueCommand(req.matches[1].str(), command);
        answer(res, Format::Json, 201, "{}");
    });
    // Admin: move a case to its next station with the department and its words.
    s.Post(R"(/admin/requests/([A-Za-z0-9_-]{1,40})/advance)", [this](const httplib::Request& req,
                                                                      httplib::Response& res) {
        if (options.adminToken.empty() || req.get_header_value("Authorization") != "Bearer " + options.adminToken) {
            return fail(res, Format::Json, 403, "admin token missing or not accepted");
        }
        const auto body = core::readJson(req.body).value;
        if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
        std::lock_guard lock(storeMutex);
        if (!store->advance(req.matches[1].str(), body.value("stage", ""), body.value("agency", ""),
                            body.value("note", ""), now())) {
            return fail(res, Format::Json, 400, "unknown service_request_id or stage");
        }
        answer(res, Format::Json, 200, updatesBody(Format::Json, store->updates(req.matches[1].str())));
    });
    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;
        const std::string description = res.status == 404   ? "no such endpoint"
                                        : res.status == 413 ? "request body too large"
                                                            : "request not understood";
        res.set_content(errorsBody(Format::Json, {{res.status, description}}), contentType(Format::Json).c_str());
    });
}

void RefServer::Impl::fileRequest(const httplib::Request& req, httplib::Response& res) {
    const Format f = formatOf(req);
    if (!authorised(req)) return fail(res, f, 403, "api_key or device token missing or not accepted");
    NewRequest n;
    n.serviceCode = req.get_param_value("service_code");
    const core::CaseCategory* category = catalog.category(n.serviceCode);
    if (n.serviceCode.empty()) return fail(res, f, 400, "service_code is required");
    if (!category) return fail(res, f, 400, "service_code is not a known service");
    n.serviceName = category->name;
    n.description = req.get_param_value("description");
    if (!core::isValidUtf8(n.description)) return fail(res, f, 400, "description is not UTF-8");
    if (core::decodeUtf8(n.description).size() > kMaxDescriptionChars) {
        return fail(res, f, 400, "description is longer than 4000 characters");
    }
    n.address = req.get_param_value("address_string");
    const bool hasLatLong = req.has_param("lat") && req.has_param("long");
    if (n.address.empty() && !hasLatLong) return fail(res, f, 400, "address_string or lat and long is required");
    if (!n.address.empty() && !core::isTextLine(n.address, 200)) {
        return fail(res, f, 400, "address_string is not UTF-8 text of at most 200 characters");
    }
    n.phone = req.get_param_value("phone");
    if (n.phone.size() > 20 || n.phone.find_first_not_of("0123456789+- ") != std::string::npos) {
        return fail(res, f, 400, "phone is not a phone number");
    }
    n.mediaUrl = req.get_param_value("media_url");
    if (!n.mediaUrl.empty() && n.mediaUrl.rfind("https://", 0) != 0 && n.mediaUrl.rfind("http://127.0.0.1:", 0) != 0)
        return fail(res, f, 400, "media_url must be https");
    // kiosk_media_url: every photo of the case (Open311's media_url holds one), at most 3.
    nlohmann::json mediaUrls = nlohmann::json::array();
    for (std::size_t i = 0; i < req.get_param_value_count("kiosk_media_url"); ++i) {
        const std::string url = req.get_param_value("kiosk_media_url", i);
        if (url.size() > 500 || (url.rfind("https://", 0) != 0 && url.rfind("http://127.0.0.1:", 0) != 0))
            return fail(res, f, 400, "kiosk_media_url must be https");
        mediaUrls.push_back(url);
    }
    if (mediaUrls.size() > 3) return fail(res, f, 400, "at most 3 kiosk_media_url");
    n.mediaUrls = mediaUrls.dump();
    n.deviceId = req.get_param_value("device_id");
    n.trackingCode = req.get_param_value("kiosk_tracking_code");
    if (!n.trackingCode.empty() && !core::isWellFormedTrackingCode(n.trackingCode)) {
        return fail(res, f, 400, "kiosk_tracking_code is not a well-formed code");
    }
    n.kind = req.get_param_value("kiosk_kind");
    // attribute[CODE]: a multi-value answer repeats the key.
    nlohmann::json attributes = nlohmann::json::object();
    for (const auto& [key, value] : req.params) {
        if (key.rfind("attribute[", 0) != 0 || key.back() != ']') continue;
        const std::string code = key.substr(10, key.size() - 11);
        const core::CaseQuestion* question = category->question(code);
        if (!question) return fail(res, f, 400, "an attribute is not one of this service's");
        if (!question->offers(value)) return fail(res, f, 400, "attribute[" + code + "] has a value not in its list");
        if (!question->multiple && attributes.contains(code)) {
            return fail(res, f, 400, "attribute[" + code + "] takes one value");
        }
        attributes[code].push_back(value);
    }
    for (const core::CaseQuestion& q : category->questions) {
        if (q.required && !attributes.contains(q.code))
            return fail(res, f, 400, "attribute[" + q.code + "] is required");
    }
    n.attributes = attributes.dump();
    n.at = now();
    const std::string idempotencyKey = req.get_header_value("Idempotency-Key");
    if (!idempotencyKey.empty() && (idempotencyKey.size() > 64 || !isHex(idempotencyKey))) {
        return fail(res, f, 400, "Idempotency-Key must be at most 64 hex digits");
    }
    const std::string fingerprint =
        storage::sha256Hex(n.serviceCode + '\n' + n.description + '\n' + n.address + '\n' + n.phone + '\n' +
                           n.mediaUrl + '\n' + n.trackingCode + '\n' + n.attributes +
                           // (only when there are photos: a case filed before this field keeps its fingerprint)
                           (n.mediaUrls == "[]" ? std::string{} : '\n' + n.mediaUrls));
    std::lock_guard lock(storeMutex);
    const FileOutcome outcome = store->file(n, idempotencyKey, fingerprint);
    if (outcome.conflict) return fail(res, f, 409, "Idempotency-Key was used for another case");
    if (outcome.repeat) ++repeats;
    answer(res, f, outcome.repeat ? 200 : 201,
           filedBody(f, outcome.request.id, category->transfer ? "转" + category->transfer->department + "办理" : ""));
}

void RefServer::Impl::getRequests(const httplib::Request& req, httplib::Response& res) {
    const Format f = formatOf(req);
    if (!authorised(req)) return fail(res, f, 403, "device token missing or not accepted");
    std::vector<ServiceRequest> found;
    std::lock_guard lock(storeMutex);
    if (const std::string ids = req.get_param_value("service_request_id"); !ids.empty()) {
        std::size_t start = 0;
        int count = 0;
        while (start <= ids.size()) {
            const std::size_t comma = std::min(ids.find(',', start), ids.size());
            if (++count > 100) return fail(res, f, 400, "at most 100 service_request_id values");
            if (auto r = store->find(ids.substr(start, comma - start))) found.push_back(*r);
            start = comma + 1;
        }
    } else {
        const std::string status = req.get_param_value("status");
        if (!status.empty() && status != "open" && status != "closed") {
            return fail(res, f, 400, "status must be open or closed");
        }
        const std::string startDate = req.has_param("start_date") ? req.get_param_value("start_date") : "0000";
        const std::string endDate = req.has_param("end_date") ? req.get_param_value("end_date") : "9999";
        found = store->window(startDate, endDate, status);
    }
    answer(res, f, 200, requestsBody(f, found));
}

RefServer::RefServer(RefServerOptions options) : options_(std::move(options)) {}

RefServer::~RefServer() {
    stop();
}

int RefServer::start() {
    impl_ = std::make_unique<Impl>();
    impl_->options = options_;
    core::CaseCatalogLoad load = core::loadCaseCatalogFile(options_.catalogPath);
    if (!load.catalog) throw std::runtime_error("refserver: no case catalog at " + options_.catalogPath);
    impl_->catalog = std::move(*load.catalog);
    impl_->feeds = std::make_unique<ContentFeeds>(
        options_.contentDir.empty() ? std::filesystem::path(options_.catalogPath).parent_path().string()
                                    : options_.contentDir);
    std::filesystem::create_directories(options_.dataDir);
    impl_->store = std::make_unique<CaseStore>((std::filesystem::path(options_.dataDir) / "refserver.db").string());
    if (options_.certPath.empty()) {
        if (options_.host != "127.0.0.1" && options_.host != "localhost") {
            throw std::runtime_error("refserver: plain HTTP only on loopback; give --cert and --key");
        }
        impl_->http = std::make_unique<httplib::Server>();
    } else {
        impl_->http = std::make_unique<httplib::SSLServer>(
            options_.certPath.c_str(), options_.keyPath.c_str(),
            options_.clientCaPath.empty() ? nullptr : options_.clientCaPath.c_str());
    }
    if (!impl_->http->is_valid()) throw std::runtime_error("refserver: the certificate or key cannot be used");
    impl_->routes();
    port_ = options_.port == 0 ? impl_->http->bind_to_any_port(options_.host)
                               : (impl_->http->bind_to_port(options_.host, options_.port) ? options_.port : -1);
    if (port_ <= 0) throw std::runtime_error("refserver: cannot listen on " + options_.host);
    impl_->publicBase =
        std::string(options_.certPath.empty() ? "http" : "https") + "://" + options_.host + ":" + std::to_string(port_);
    thread_ = std::thread([this] { impl_->http->listen_after_bind(); });
    while (!impl_->http->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return port_;
}

void RefServer::stop() {
    if (impl_ && impl_->http) impl_->http->stop();
    if (thread_.joinable()) thread_.join();
}

std::string RefServer::baseUrl() const {
    return std::string(options_.certPath.empty() ? "http" : "https") + "://" + options_.host + ":" +
           std::to_string(port_) + kBase;
}

int RefServer::progressAll() {
    static const char* kNext[][2] = {{"", "accepted"}, {"accepted", "in_progress"}, {"in_progress", "closed"}};
    std::lock_guard lock(impl_->storeMutex);
    int moved = 0;
    for (const std::string& id : impl_->store->openIds()) {
        const auto updates = impl_->store->updates(id);
        const std::string current = updates.empty() ? "" : updates.back().stage;
        for (const auto& step : kNext) {
            if (current != step[0]) continue;
            const std::string stage = step[1];
            const std::string note = stage == "accepted"      ? "已受理，正在安排办理。"
                                     : stage == "in_progress" ? "工作人员正在现场处理。"
                                                              : "已处理完毕，感谢您的监督！";
            moved += impl_->store->advance(id, stage, "幸福里社区居委会", note, impl_->now()) ? 1 : 0;
            break;
        }
    }
    return moved;
}

std::optional<NewRequest> RefServer::filedCase(const std::string& id) const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->filedContent(id);
}

std::optional<std::string> RefServer::ratingOf(const std::string& trackingCode) const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->ratingOf(trackingCode);
}

int RefServer::joinCount(const std::string& trackingCode) const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->joinCount(trackingCode);
}

std::optional<std::string> RefServer::lastHeartbeat(const std::string& deviceId) const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->lastHeartbeat(deviceId);
}

void RefServer::queueCommand(const std::string& deviceId, const std::string& command) {
    std::lock_guard lock(impl_->storeMutex);
    impl_->store->queueCommand(deviceId, command);
}

int RefServer::repeatCount() const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->repeats;
}

std::vector<std::string> RefServer::trackingCodes() const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->trackingCodes();
}

std::size_t RefServer::caseCount() const {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->count();
}

}  // namespace kiosk::server
