#pragma once
// refserver's inside, shared by its route files (ref_server.cpp: Open311 and the kiosk's content,
// cases and events; remote_care_routes.cpp: enrolment, heartbeats and commands; fleet_page_routes.cpp:
// the fleet page).
#include <httplib.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "case_form.h"
#include "case_store.h"
#include "content_feeds.h"
#include "core/case_catalog.h"
#include "fleet_store.h"
#include "form_body.h"
#include "open311_format.h"
#include "ref_server.h"
#include "request_head.h"
#include "route_answers.h"
#include "self_records.h"

namespace kiosk::server {

// Who asks: nobody in particular (no key, no token), a device (its token as Authorization:
// Bearer, or as api_key), or someone whose key or token is wrong.
enum class Access { Public, Device, Refused };

struct RefServer::Impl {
    RefServerOptions options;
    std::unique_ptr<httplib::Server> http;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<FleetStore> fleet;  // devices, enrolments, heartbeats, commands (its own lock)
    std::mutex storeMutex;              // httplib serves on a thread pool; SQLite gets one caller at a time
    int repeats = 0;                    // under storeMutex
    core::CaseCatalog catalog;
    std::string publicBase;                    // "https://127.0.0.1:PORT": media URLs are under it
    std::unique_ptr<ContentFeeds> feeds;       // built once at start; read-only after
    std::unique_ptr<SelfRecords> selfRecords;  // likewise
    // 查我本人的记录: a kiosk asks for one person at a time, a resident at its reader; more than
    // this is someone walking the register.
    PerClientLimit selfRecordsLimit{6, std::chrono::seconds(60)};
    // The fleet page's sessions (fleet_page_routes.cpp): a cookie's value → when it ends.
    mutable std::mutex fleetSessionsMutex;
    std::map<std::string, std::int64_t> fleetSessions;

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

    // Whose token it is: "" for one of refserver's own (--token: any device may use it), the
    // device's id for one issued at enrolment; nullopt when nobody's.
    std::optional<std::string> deviceOfToken(const std::string& token) const {
        if (token.empty()) return std::nullopt;
        for (const auto& t : options.deviceTokens) {
            if (sameSecret(token, t)) return std::string{};
        }
        return fleet->deviceOfToken(token);
    }
    bool acceptedToken(const std::string& token) const { return deviceOfToken(token).has_value(); }
    // The device a kiosk endpoint's bearer token names (as deviceOfToken); nullopt: refused.
    std::optional<std::string> bearerDevice(const httplib::Request& req) const {
        const std::string header = req.get_header_value("Authorization");
        return startsWith(header, "Bearer ") ? deviceOfToken(header.substr(7)) : std::nullopt;
    }

    // Why the bearer of a kiosk endpoint may not speak for `device` ("" when it may): an issued
    // token speaks only for its own device; a shared one (--token) only for a device that has no
    // token of its own — else anyone holding the shared token could take an enrolled kiosk's
    // commands (a remote config among them) or answer them in its name.
    std::string deviceRefusal(const std::optional<std::string>& owner, const std::string& device) const {
        if (!owner) return "device token missing or not accepted";
        if (!owner->empty() && *owner != device) return "this device token belongs to another device_id";
        if (owner->empty() && fleet->hasOwnToken(device))
            return "this device_id is enrolled: it speaks only with the token it was given";
        return "";
    }

    // The bearer token when there is one; otherwise `apiKey` (Open311's api_key field), if given.
    bool authorised(const httplib::Request& req, const std::string* apiKey = nullptr) const {
        const std::string header = req.get_header_value("Authorization");
        if (startsWith(header, "Bearer ")) return acceptedToken(header.substr(7));
        if (apiKey) return acceptedToken(*apiKey);
        return acceptedToken(req.get_param_value("api_key"));
    }

    Access accessOf(const httplib::Request& req) const {
        const std::string header = req.get_header_value("Authorization");
        if (startsWith(header, "Bearer ")) return acceptedToken(header.substr(7)) ? Access::Device : Access::Refused;
        const std::string key = req.get_param_value("api_key");
        if (!key.empty()) return acceptedToken(key) ? Access::Device : Access::Refused;
        return Access::Public;
    }

    // A jurisdiction_id this server serves: any when none is configured, an empty one always
    // (Open311: an empty parameter is no parameter; one jurisdiction needs none).
    bool servesJurisdiction(const std::string& given) const {
        return given.empty() || options.jurisdiction.empty() || given == options.jurisdiction;
    }

    // The spec's GET methods ("Requires API Key: No"): who may see what — anonymous callers the
    // public view, a device everything of its cases; a key or token given and wrong is 403, a
    // jurisdiction_id not served 404. nullopt: the error is answered.
    std::optional<Audience> openGet(const httplib::Request& req, httplib::Response& res) const {
        const Format f = formatOf(req);
        const Access access = accessOf(req);
        if (access == Access::Refused) {
            fail(res, f, 403, "api_key or device token not accepted");
            return std::nullopt;
        }
        if (!servesJurisdiction(req.get_param_value("jurisdiction_id"))) {
            fail(res, f, 404, "jurisdiction_id not found");
            return std::nullopt;
        }
        return access == Access::Device ? Audience::Device : Audience::Public;
    }

    bool adminAuthorised(const httplib::Request& req) const {
        return !options.adminToken.empty() &&
               sameSecret(req.get_header_value("Authorization"), "Bearer " + options.adminToken);
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
    void kioskRoutes();
    void adminRoutes();
    void remoteCareRoutes();  // remote_care_routes.cpp
    void fleetPageRoutes();   // fleet_page_routes.cpp
    std::filesystem::path screenshotPath(const std::string& deviceId) const;
    // The fleet page's session the request's cookie names, if it is one and has not ended.
    std::optional<std::string> fleetSession(const httplib::Request& req) const;
    void guardBodies();
    std::optional<HeadRefusal> admitBody(const httplib::Request& req) const;
    std::optional<FormBody> receiveForm(const httplib::Request& req, httplib::Response& res,
                                        const httplib::ContentReader& read);
    bool keyAndJurisdiction(const httplib::Request& req, const FormBody& form, httplib::Response& res) const;
    void fileRequest(const httplib::Request& req, const FormBody& form, httplib::Response& res);
    void fileFollowUp(const httplib::Request& req, const FormBody& form, httplib::Response& res);
    void getRequests(const httplib::Request& req, httplib::Response& res);
    void getUpdates(const httplib::Request& req, httplib::Response& res);
};

}  // namespace kiosk::server
