#include "ref_server.h"
#include "ref_server_impl.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "case_form.h"
#include "case_store.h"
#include "content_feeds.h"
#include "core/case_catalog.h"
#include "core/id_card_protocol.h"
#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/text_rule.h"
#include "core/tracking_code.h"
#include "core/utf8.h"
#include "form_body.h"
#include "guarded_server.h"
#include "heartbeat_check.h"
#include "open311_format.h"
#include "remote_commands.h"
#include "request_fields.h"
#include "request_head.h"
#include "route_answers.h"
#include "self_records.h"
#include "storage/random_secret.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

constexpr const char* kBase = "/open311/v2";
constexpr std::size_t kMaxBodyBytes = 64 * 1024;         // every request but a photo
constexpr std::size_t kMaxMediaBytes = 5 * 1024 * 1024;  // a photo

// An empty start_date or end_date is no date (Open311's "Optional").
// A date-time has no spaces: one there is the '+' of an offset that a client did not
// percent-encode ("…T10:15:00+08:00" in a query decodes to "…T10:15:00 08:00").
std::string dateParam(const httplib::Request& req, const char* name) {
    std::string text = req.get_param_value(name);
    std::replace(text.begin(), text.end(), ' ', '+');
    return text;
}

RequestWindow windowOf(const httplib::Request& req) {
    const std::string start = dateParam(req, "start_date");
    const std::string end = dateParam(req, "end_date");
    return requestWindow(start.empty() ? nullptr : &start, end.empty() ? nullptr : &end,
                         static_cast<std::int64_t>(std::time(nullptr)));
}

// The values of a parameter the spec lets a client declare several times, comma delimited
// (service_request_id, service_code, status): every non-empty one, in order.
std::vector<std::string> listParam(const httplib::Request& req, const char* name) {
    std::vector<std::string> out;
    const auto [first, last] = req.params.equal_range(name);
    for (auto it = first; it != last; ++it) {
        const std::string& text = it->second;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t comma = std::min(text.find(',', start), text.size());
            std::size_t from = start, to = comma;  // "1, 2": spaces around a value are not part of it
            while (from < to && text[from] == ' ') ++from;
            while (to > from && text[to - 1] == ' ') --to;
            if (to > from) out.push_back(text.substr(from, to - from));
            start = comma + 1;
        }
    }
    return out;
}

// Refuses a request from its head alone (request_head.h): the body is never read, so the
// connection closes after the answer.
void refuse(httplib::Response& res, const std::string& path, const HeadRefusal& refusal) {
    fail(res, formatOfPath(path), refusal.status, refusal.description);
    closeAfterAnswer(res);
}

ConnectionLimits limitsOf(const RefServerOptions& o) {
    ConnectionLimits limits;
    limits.workerThreads = o.workerThreads;
    limits.maxConnectionsPerClient = o.maxConnectionsPerClient;
    limits.pendingConnections = o.pendingConnections;
    limits.ioTimeout = std::chrono::seconds(o.readTimeoutSeconds);
    limits.keepAlive = std::chrono::seconds(o.keepAliveSeconds);
    limits.requestDeadline = std::chrono::seconds(o.requestSeconds);
    return limits;
}

const std::string kOpenPaths[] = {"/requests.json", "/requests.xml", "/servicerequestupdates.json",
                                  "/servicerequestupdates.xml"};

}  // namespace

// Who may send a body to a route, decided from the head before any of it is read: kiosk and
// admin endpoints carry their token in Authorization; an Open311 POST may carry it as api_key in
// its (at most 64 KB) form body instead, so only a bearer token present and wrong is refused here.
std::optional<HeadRefusal> RefServer::Impl::admitBody(const httplib::Request& req) const {
    const std::string& path = req.path;
    for (const std::string& open : kOpenPaths) {
        if (path != std::string(kBase) + open) continue;
        if (startsWith(req.get_header_value("Authorization"), "Bearer ") && !authorised(req)) {
            return HeadRefusal{403, "api_key or device token missing or not accepted"};
        }
        if (!startsWith(req.get_header_value("Content-Type"), "application/x-www-form-urlencoded")) {
            return HeadRefusal{415, "a case or update is posted as application/x-www-form-urlencoded"};
        }
        return std::nullopt;
    }
    if (startsWith(path, std::string(kBase) + "/kiosk/")) {
        if (options.specOnly) return HeadRefusal{404, "no such endpoint"};
        // Enrolment is how a kiosk gets its token: its two steps need none (docs/api.md).
        if (startsWith(path, std::string(kBase) + "/kiosk/enrolments")) return std::nullopt;
        if (!authorised(req)) return HeadRefusal{403, "device token missing or not accepted"};
        return std::nullopt;
    }
    // The fleet page's forms: from an admin's browser session (fleet_page_routes.cpp).
    if (startsWith(path, "/fleet/")) {
        if (!fleetSession(req)) return HeadRefusal{403, "open the fleet page first"};
        return std::nullopt;
    }
    if (startsWith(path, "/admin/")) {
        if (!adminAuthorised(req)) return HeadRefusal{403, "admin token missing or not accepted"};
        return std::nullopt;
    }
    return HeadRefusal{404, "no such endpoint"};
}

// Bodies are checked from the request's head (request_head.h) before cpp-httplib reads them: in
// the Expect: 100-continue handler, so a client that waits for 100 never sends a refused body,
// and in the pre-routing handler for the others. payload_max_length stays as the library's own
// last line, at the largest route cap.
void RefServer::Impl::guardBodies() {
    httplib::Server& s = *http;
    s.set_payload_max_length(kMaxMediaBytes);
    auto rules = std::make_shared<BodyRules>();
    rules->capOf = [](const httplib::Request& req) {
        // A photo and a screenshot: 5 MB; every other body 64 KB.
        const bool picture =
            req.path == std::string(kBase) + "/kiosk/media" ||
            (startsWith(req.path, std::string(kBase) + "/kiosk/commands/") && req.path.ends_with("/screenshot"));
        return picture ? kMaxMediaBytes : kMaxBodyBytes;
    };
    rules->admitBody = [this](const httplib::Request& req) { return admitBody(req); };
    s.set_expect_100_continue_handler([rules](const httplib::Request& req, httplib::Response& res) {
        if (const auto refusal = refuseFromHead(req, *rules)) {
            refuse(res, req.path, *refusal);
            return refusal->status;
        }
        return 100;
    });
    s.set_pre_routing_handler([rules](const httplib::Request& req, httplib::Response& res) {
        if (const auto refusal = refuseFromHead(req, *rules)) {
            refuse(res, req.path, *refusal);
            return httplib::Server::HandlerResponse::Handled;
        }
        if (const auto length = declaredBodyLength(req)) allowTimeForBody(*length);
        return httplib::Server::HandlerResponse::Unhandled;
    });
}

void RefServer::Impl::routes() {
    httplib::Server& s = *http;
    guardBodies();
    const std::string ext = R"(\.(json|xml))";
    // The spec's methods. GETs need no key ("Requires API Key: No"); what an anonymous caller
    // sees is the public view (docs/api.md "What is public").
    s.Get(std::string(kBase) + "/services" + ext, [this](const httplib::Request& req, httplib::Response& res) {
        if (!openGet(req, res)) return;
        answer(res, formatOf(req), 200,
               servicesBody(formatOf(req), services(), options.specOnly ? "batch" : "realtime"));
    });
    // Any service_code, as the path decodes: one not served is a 404 in the URL's format.
    s.Get(std::string(kBase) + R"(/services/([^/]+))" + ext,
          [this](const httplib::Request& req, httplib::Response& res) {
              const Format f = formatOf(req);
              if (!openGet(req, res)) return;
              const core::CaseCategory* category = catalog.category(req.matches[1].str());
              if (!category) return fail(res, f, 404, "service_code not found");
              answer(res, f, 200, serviceDefinitionBody(f, *category));
          });
    // Read by our own form parser: cpp-httplib's caps form bodies at 8 KB (compiled in), far
    // below a description of 4,000 Chinese characters.
    s.Post(std::string(kBase) + "/requests" + ext,
           [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
               if (const auto form = receiveForm(req, res, read)) fileRequest(req, *form, res);
           });
    s.Get(std::string(kBase) + "/requests" + ext,
          [this](const httplib::Request& req, httplib::Response& res) { getRequests(req, res); });
    s.Get(std::string(kBase) + R"(/requests/([^/]+))" + ext,
          [this](const httplib::Request& req, httplib::Response& res) {
              const Format f = formatOf(req);
              const auto audience = openGet(req, res);
              if (!audience) return;
              std::lock_guard lock(storeMutex);
              const auto r = store->find(req.matches[1].str(), *audience);
              if (!r) return fail(res, f, 404, "service_request_id not found");
              answer(res, f, 200, requestsBody(f, {*r}));
          });
    // A token (spec-only mode's POST answer) gives its service_request_id once assigned.
    s.Get(std::string(kBase) + R"(/tokens/([^/]+))" + ext, [this](const httplib::Request& req, httplib::Response& res) {
        const Format f = formatOf(req);
        const auto audience = openGet(req, res);
        if (!audience) return;
        const std::string token = req.matches[1].str();
        std::lock_guard lock(storeMutex);
        const auto state = store->tokenState(token);
        if (!state || (*audience == Audience::Public && state->kind == "report")) {
            return fail(res, f, 404, "token not found");
        }
        answer(res, f, 200, tokenBody(f, token, state->requestId));
    });
    if (options.specOnly) return adminRoutes();
    // servicerequestupdates: the widely used updates extension (docs/api.md), not offered in
    // spec-only mode, where a client follows a case by GET requests/{id} alone.
    s.Get(std::string(kBase) + "/servicerequestupdates" + ext,
          [this](const httplib::Request& req, httplib::Response& res) { getUpdates(req, res); });
    s.Post(std::string(kBase) + "/servicerequestupdates" + ext,
           [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
               if (const auto form = receiveForm(req, res, read)) fileFollowUp(req, *form, res);
           });
    kioskRoutes();
    remoteCareRoutes();
    fleetPageRoutes();
    adminRoutes();
}

// The kiosk's own endpoints (docs/api.md "Kiosk endpoints"): a device token each; none in
// spec-only mode.
void RefServer::Impl::kioskRoutes() {
    httplib::Server& s = *http;
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
    // 查我本人的记录: the ID number read from the card in the body (never in the address), that
    // person's payouts and the cases filed with his registered phones in the answer; a limited number of asks per
    // device a minute.
    s.Post(std::string(kBase) + "/kiosk/v1/self/records", [this](const httplib::Request& req, httplib::Response& res) {
        // A bearer token only (no api_key here), and the limit counted per accepted token: a
        // header of another kind cannot open a bucket of its own.
        const std::string header = req.get_header_value("Authorization");
        if (!startsWith(header, "Bearer ") || !acceptedToken(header.substr(7))) {
            return fail(res, Format::Json, 403, "device token missing or not accepted");
        }
        if (!selfRecordsLimit.allow(header.substr(7), std::chrono::steady_clock::now())) {
            res.set_header("Retry-After", "60");
            return fail(res, Format::Json, 429, "too many self-record requests from this device");
        }
        const core::JsonInput body = core::readJson(req.body);
        const bool shaped = body.ok() && body.value.is_object() && body.value.size() == 1 &&
                            body.value.contains("id_number") && body.value["id_number"].is_string();
        if (!shaped || !core::idcard::idNumberValid(body.value["id_number"].get<std::string>())) {
            return fail(res, Format::Json, 400, "the body must be {\"id_number\": a citizen identity number}");
        }
        const std::string idNumber = body.value["id_number"].get<std::string>();
        nlohmann::json records = selfRecords->answerFor(idNumber);
        // His cases: those filed with a phone the register joins to him (real-name filing).
        records["cases"] = nlohmann::json::array();
        std::vector<OwnCase> cases;
        {
            std::lock_guard lock(storeMutex);
            cases = store->filedWith(selfRecords->phonesOf(idNumber));
        }
        for (const OwnCase& c : cases) {
            records["cases"].push_back({{"service_request_id", c.id},
                                        {"service_name", c.serviceName},
                                        {"stage", c.stage},
                                        {"requested_datetime", c.requestedAt}});
        }
        res.set_header("Cache-Control", "no-store");
        answer(res, Format::Json, 200, records.dump());
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
        const std::string code = textOf(body, "kiosk_tracking_code");
        const std::string rating = textOf(body, "rating");
        const std::string reason = textOf(body, "reason");
        const std::string at = textOf(body, "at");
        if (!core::isWellFormedTrackingCode(code))
            return fail(res, Format::Json, 400, "kiosk_tracking_code is not a code");
        if (rating != "satisfied" && rating != "basically_satisfied" && rating != "unsatisfied") {
            return fail(res, Format::Json, 400, "rating must be satisfied, basically_satisfied or unsatisfied");
        }
        if (!reason.empty() && reason != "not_solved" && reason != "too_slow" && reason != "unclear_reply" &&
            reason != "attitude") {
            return fail(res, Format::Json, 400, "reason is not a known reason");
        }
        if (!parseW3cDateTime(at)) return fail(res, Format::Json, 400, "at must be a W3C date-time");
        std::lock_guard lock(storeMutex);
        store->recordRating(code, rating, reason, at);
        answer(res, Format::Json, 201, "{}");
    });
    s.Post(std::string(kBase) + "/kiosk/joins", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorised(req)) return fail(res, Format::Json, 403, "device token missing or not accepted");
        const auto body = core::readJson(req.body).value;
        if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
        const std::string code = textOf(body, "kiosk_tracking_code");
        const std::string at = textOf(body, "at");
        if (!core::isWellFormedTrackingCode(code))
            return fail(res, Format::Json, 400, "kiosk_tracking_code is not a code");
        if (!parseW3cDateTime(at)) return fail(res, Format::Json, 400, "at must be a W3C date-time");
        std::lock_guard lock(storeMutex);
        store->recordJoin(code, at);
        answer(res, Format::Json, 201, "{}");
    });
}

void RefServer::Impl::adminRoutes() {
    httplib::Server& s = *http;
    // Admin: move a case to its next station with the department and its words.
    s.Post(R"(/admin/requests/([A-Za-z0-9_-]{1,40})/advance)",
           [this](const httplib::Request& req, httplib::Response& res) {
               if (!adminAuthorised(req)) return fail(res, Format::Json, 403, "admin token missing or not accepted");
               const auto body = core::readJson(req.body).value;
               if (!body.is_object()) return fail(res, Format::Json, 400, "body must be a JSON object");
               std::lock_guard lock(storeMutex);
               if (!store->advance(req.matches[1].str(), textOf(body, "stage"), textOf(body, "agency"),
                                   textOf(body, "note"), now())) {
                   return fail(res, Format::Json, 400, "unknown service_request_id or stage");
               }
               answer(res, Format::Json, 200,
                      updatesBody(Format::Json, store->updates(req.matches[1].str(), Audience::Internal)));
           });
    // What no handler answered (an unknown route, a body too large for the library): the
    // spec's errors in the URL's format.
    s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return;
        const std::string description = res.status == 404   ? "no such endpoint"
                                        : res.status == 413 ? "request body too large"
                                                            : "request not understood";
        const Format f = formatOfPath(req.path);
        res.set_content(errorsBody(f, {{res.status, description}}), contentType(f));
    });
}

std::optional<FormBody> RefServer::Impl::receiveForm(const httplib::Request& req, httplib::Response& res,
                                                     const httplib::ContentReader& read) {
    const Format f = formatOf(req);
    std::string body;
    bool tooLarge = false;
    const bool whole = read([&](const char* data, std::size_t length) {
        tooLarge = body.size() + length > kMaxBodyBytes;  // the head said less; the body says more
        if (!tooLarge) body.append(data, length);
        return !tooLarge;
    });
    if (!whole) {
        closeAfterAnswer(res);
        fail(res, f, tooLarge ? 413 : 400, tooLarge ? "request body too large" : "the body did not arrive whole");
        return std::nullopt;
    }
    std::string malformed;
    auto form = FormBody::parse(body, &malformed);
    if (!form) fail(res, f, 400, malformed);
    return form;
}

// A POST's api_key (the spec's "Requires API Key: Yes": 403 when missing or wrong) — or the
// kiosk's bearer token — and its jurisdiction_id (404 when not served). False: answered.
bool RefServer::Impl::keyAndJurisdiction(const httplib::Request& req, const FormBody& given,
                                         httplib::Response& res) const {
    const Format f = formatOf(req);
    const FormBody form = given.withoutEmptyValues();
    for (const char* name : {"api_key", "jurisdiction_id"}) {
        // In the form and in the URL's query too: two values, never one of them chosen silently.
        if (form.count(name) > 1 || (form.count(name) == 1 && !req.get_param_value(name).empty())) {
            fail(res, f, 400, std::string(name) + " is given more than once");
            return false;
        }
    }
    if (!authorised(req, form.first("api_key"))) {
        fail(res, f, 403, "api_key or device token missing or not accepted");
        return false;
    }
    const std::string* jurisdiction = form.first("jurisdiction_id");
    if (!servesJurisdiction(jurisdiction ? *jurisdiction : req.get_param_value("jurisdiction_id"))) {
        fail(res, f, 404, "jurisdiction_id not found");
        return false;
    }
    return true;
}

void RefServer::Impl::fileRequest(const httplib::Request& req, const FormBody& form, httplib::Response& res) {
    const Format f = formatOf(req);
    if (!keyAndJurisdiction(req, form, res)) return;
    CaseFormRead read = readCaseForm(form, catalog);
    if (!read.error.empty()) return fail(res, f, read.notFound ? 404 : 400, read.error);
    NewRequest& n = read.request;
    n.at = now();
    const core::CaseCategory& category = *read.category;
    n.serviceNotice = category.transfer ? "转" + category.transfer->department + "办理" : "";
    // Spec-only mode answers a token, as a batch server does; the id comes with publishTokens().
    if (options.specOnly) n.token = storage::randomHex(16);
    std::string idempotencyKey;
    if (req.get_header_value_count("Idempotency-Key") > 1) {
        return fail(res, f, 400, "Idempotency-Key is given more than once");
    }
    if (const std::string given = req.get_header_value("Idempotency-Key"); !given.empty()) {
        // Hex has no case: an upper-case copy of a key is the same key, stored and compared in lower case.
        const auto key = normalisedIdempotencyKey(given);
        if (!key) return fail(res, f, 400, "Idempotency-Key must be 1 to 64 hex digits");
        idempotencyKey = *key;
    }
    const std::string fingerprint = storage::sha256Hex(
        n.serviceCode + '\n' + n.description + '\n' + n.address + '\n' + n.phone + '\n' + n.mediaUrl + '\n' +
        n.trackingCode + '\n' + n.attributes +
        // (only when there are photos: a case filed before this field keeps its fingerprint)
        (n.mediaUrls == "[]" ? std::string{} : '\n' + n.mediaUrls) +
        // (likewise only with a location beyond address_string)
        (n.lat.empty() && n.lon.empty() && n.addressId.empty() ? std::string{}
                                                               : '\n' + n.lat + '\n' + n.lon + '\n' + n.addressId));
    std::lock_guard lock(storeMutex);
    const FileOutcome outcome = store->file(n, idempotencyKey, fingerprint);
    if (outcome.conflict) return fail(res, f, 409, "Idempotency-Key was used for another case");
    if (outcome.repeat) ++repeats;
    const ServiceRequest& filed = outcome.request;
    const bool asToken = !filed.token.empty();
    answer(res, f, outcome.repeat ? 200 : 201,
           filedBody(f, asToken ? filed.token : filed.id, asToken, filed.serviceNotice));
}

// A resident's follow-up on an open case: POST servicerequestupdates, with the api_key.
void RefServer::Impl::fileFollowUp(const httplib::Request& req, const FormBody& form, httplib::Response& res) {
    const Format f = formatOf(req);
    if (!keyAndJurisdiction(req, form, res)) return;
    const FollowUpRead read = readFollowUpForm(form);
    if (!read.error.empty()) return fail(res, f, 400, read.error);
    std::lock_guard lock(storeMutex);
    const auto r = store->find(read.requestId, Audience::Device);
    if (!r) return fail(res, f, 404, "service_request_id not found");
    if (r->status != "open") return fail(res, f, 400, "the case is closed: a follow-up goes on an open case");
    answer(res, f, 201, updateFiledBody(f, store->addFollowUp(r->id, read.description, read.mediaUrl, now())));
}

void RefServer::Impl::getRequests(const httplib::Request& req, httplib::Response& res) {
    const Format f = formatOf(req);
    const auto audience = openGet(req, res);
    if (!audience) return;
    std::vector<ServiceRequest> found;
    // service_request_id "overrides all other arguments".
    if (const std::vector<std::string> ids = listParam(req, "service_request_id"); !ids.empty()) {
        if (ids.size() > 100) return fail(res, f, 400, "at most 100 service_request_id values");
        std::lock_guard lock(storeMutex);
        for (const std::string& id : ids) {
            if (auto r = store->find(id, *audience)) found.push_back(*r);
        }
        return answer(res, f, 200, requestsBody(f, found));
    }
    RequestQuery query;
    for (const std::string& status : listParam(req, "status")) {
        if (status != "open" && status != "closed") return fail(res, f, 400, "status must be open or closed");
        query.statuses.push_back(status);
    }
    query.serviceCodes = listParam(req, "service_code");
    if (query.serviceCodes.size() > 100) return fail(res, f, 400, "at most 100 service_code values");
    const RequestWindow window = windowOf(req);
    if (!window.error.empty()) return fail(res, f, 400, window.error);
    query.start = window.start;
    query.end = window.end;
    std::lock_guard lock(storeMutex);
    answer(res, f, 200, requestsBody(f, store->window(query, *audience)));
}

// A case's updates by its id, or every update in a window (at most 90 days, as for requests).
void RefServer::Impl::getUpdates(const httplib::Request& req, httplib::Response& res) {
    const Format f = formatOf(req);
    const auto audience = openGet(req, res);
    if (!audience) return;
    if (const std::vector<std::string> ids = listParam(req, "service_request_id"); !ids.empty()) {
        if (ids.size() > 100) return fail(res, f, 400, "at most 100 service_request_id values");
        std::vector<RequestUpdate> found;
        std::lock_guard lock(storeMutex);
        for (const std::string& id : ids) {
            for (RequestUpdate& u : store->updates(id, *audience)) found.push_back(std::move(u));
        }
        return answer(res, f, 200, updatesBody(f, found));
    }
    const RequestWindow window = windowOf(req);
    if (!window.error.empty()) return fail(res, f, 400, window.error);
    std::lock_guard lock(storeMutex);
    answer(res, f, 200, updatesBody(f, store->updatesWithin(window.start, window.end, *audience)));
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
    const std::string contentDir = options_.contentDir.empty()
                                       ? std::filesystem::path(options_.catalogPath).parent_path().string()
                                       : options_.contentDir;
    impl_->feeds = std::make_unique<ContentFeeds>(contentDir);
    impl_->selfRecords = std::make_unique<SelfRecords>(contentDir);
    std::filesystem::create_directories(options_.dataDir);
    impl_->store = std::make_unique<CaseStore>((std::filesystem::path(options_.dataDir) / "refserver.db").string());
    impl_->fleet = std::make_unique<FleetStore>((std::filesystem::path(options_.dataDir) / "fleet.db").string());
    if (options_.certPath.empty()) {
        if (options_.host != "127.0.0.1" && options_.host != "localhost") {
            throw std::runtime_error("refserver: plain HTTP only on loopback; give --cert and --key");
        }
        impl_->http = makeGuardedServer(limitsOf(options_), nullptr);
    } else {
        const TlsFiles tls{options_.certPath, options_.keyPath, options_.clientCaPath};
        impl_->http = makeGuardedServer(limitsOf(options_), &tls);
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
    // Cases published before this call move on; spec-only mode's cases waiting for their id get
    // it now and move from the next call on.
    const std::vector<std::string> open = impl_->store->openIds();
    impl_->store->publishTokens();
    int moved = 0;
    for (const std::string& id : open) {
        std::string current;  // the last station; a resident's follow-up is none
        for (const RequestUpdate& u : impl_->store->updates(id, Audience::Internal)) {
            if (u.stage == "accepted" || u.stage == "in_progress" || u.stage == "closed") current = u.stage;
        }
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

int RefServer::assignTokens() {
    std::lock_guard lock(impl_->storeMutex);
    return impl_->store->publishTokens();
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
    return impl_->fleet->lastHeartbeat(deviceId);
}

std::string RefServer::queueCommand(const std::string& deviceId, const std::string& name, const std::string& args) {
    return impl_->fleet->queueCommand(deviceId, name, args, impl_->now());
}

std::optional<std::string> RefServer::commandRecord(const std::string& commandId) const {
    const auto record = impl_->fleet->command(commandId);
    if (!record) return std::nullopt;
    return commandRecordJson(*record).dump();
}

std::vector<std::string> RefServer::enrolmentCodes() const {
    std::vector<std::string> codes;
    for (const PendingEnrolment& e : impl_->fleet->pendingEnrolments(static_cast<std::int64_t>(std::time(nullptr)))) {
        codes.push_back(e.code);
    }
    return codes;
}

std::string RefServer::screenshotFile(const std::string& deviceId) const {
    return impl_->screenshotPath(deviceId).string();
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
