#include "heartbeat_check.h"

#include <set>
#include <string_view>

#include "core/json_integer.h"
#include "core/text_rule.h"
#include "core/w3c_datetime.h"
#include "remote_commands.h"

namespace kiosk::server {
namespace {

constexpr core::IntegerRange kCount{0, 1'000'000'000'000};

bool isToken(const nlohmann::json& v, std::size_t maxBytes, bool emptyAllowed) {
    if (!v.is_string()) return false;
    const auto& s = v.get_ref<const std::string&>();
    return (emptyAllowed && s.empty()) || core::isPlainToken(s, maxBytes);
}

bool isDate(const std::string& s) {  // the kiosk's local day, "2026-11-22"
    return s.size() == 10 && core::parseW3cDateTime(s + "T00:00:00Z").has_value();
}

// {"screen_or_code": count, ...}
bool isCountMap(const nlohmann::json& v) {
    if (!v.is_object() || v.size() > 64) return false;
    for (const auto& [key, count] : v.items()) {
        if (!core::isPlainToken(key, 40) || !core::jsonInteger(count, kCount)) return false;
    }
    return true;
}

std::string countersProblem(const nlohmann::json& c) {
    if (!c.is_object()) return "counters is not an object";
    for (const auto& [key, value] : c.items()) {
        if (key == "date") {
            if (!value.is_string() || !isDate(value.get_ref<const std::string&>()))
                return "counters.date is not a date";
        } else if (key == "visits" || key == "slips_printed" || key == "self_queries") {
            if (!core::jsonInteger(value, kCount)) return "counters." + key + " is not a whole number";
        } else if (key == "visits_by_screen" || key == "cases_by_category") {
            if (!isCountMap(value)) return "counters." + key + " is not a map of names to whole numbers";
        } else {
            return "counters holds a field the API does not name";
        }
    }
    return "";
}

std::string rejectedProblem(const nlohmann::json& list) {
    if (!list.is_array() || list.size() > 100) return "rejected_records is not a list of at most 100";
    for (const auto& r : list) {
        if (!r.is_object() || r.size() != 3 || !r.contains("feed") || !r.contains("id") || !r.contains("problem"))
            return "rejected_records holds an entry other than {feed, id, problem}";
        if (!isToken(r["feed"], 32, false) || !isToken(r["id"], 64, true) || !r["problem"].is_string() ||
            !core::isTextLine(r["problem"].get_ref<const std::string&>(), 300)) {
            return "rejected_records holds an entry whose feed, id or problem is not of its form";
        }
    }
    return "";
}

// {"state": "ready" | …, "paper_low": bool, "status_known": bool}: the receipt printer, where one is configured.
std::string printerProblem(const nlohmann::json& p) {
    static const std::set<std::string, std::less<>> kStates = {"ready",   "paper_near_end", "paper_end",  "cover_open",
                                                               "offline", "unreachable",    "not_checked"};
    if (!p.is_object()) return "printer is not an object";
    for (const auto& [key, value] : p.items()) {
        if (key == "state") {
            if (!value.is_string() || !kStates.contains(value.get_ref<const std::string&>()))
                return "printer.state is not one the API names";
        } else if (key == "paper_low" || key == "status_known") {
            if (!value.is_boolean()) return "printer." + key + " is not true or false";
        } else {
            return "printer holds a field the API does not name";
        }
    }
    return p.contains("state") ? "" : "printer.state is required";
}

// {"name", "community"}: the hall the kiosk stands in, one line of text each.
std::string hallProblem(const nlohmann::json& h) {
    if (!h.is_object()) return "hall is not an object";
    for (const auto& [key, value] : h.items()) {
        if (key != "name" && key != "community") return "hall holds a field the API does not name";
        if (!value.is_string() || core::textProblem(value.get_ref<const std::string&>(), core::Lines::One, 64, false))
            return "hall." + key + " is not one line of at most 64 characters of text";
    }
    return "";
}

// {"state": one of `states`}, and for the remote config its version and the problem in words.
std::string stateProblem(const nlohmann::json& o, const char* what, const std::set<std::string, std::less<>>& states,
                         bool withVersion) {
    const std::string name = what;
    if (!o.is_object()) return name + " is not an object";
    for (const auto& [key, value] : o.items()) {
        if (key == "state") {
            if (!value.is_string() || !states.contains(value.get_ref<const std::string&>()))
                return name + ".state is not one the API names";
        } else if (withVersion && key == "version") {
            if (!isToken(value, 64, true)) return name + ".version is not printable ASCII without spaces";
        } else if (withVersion && key == "problem") {
            if (!value.is_string() ||
                core::textProblem(value.get_ref<const std::string&>(), core::Lines::One, 300, false))
                return name + ".problem is not one line of at most 300 characters of text";
        } else {
            return name + " holds a field the API does not name";
        }
    }
    return o.contains("state") ? "" : name + ".state is required";
}

}  // namespace

std::string heartbeatProblem(const nlohmann::json& body) {
    if (!body.is_object()) return "body must be a JSON object";
    static const std::set<std::string, std::less<>> kRequired = {"device_id", "uptime_s", "outbox_depth",
                                                                 "needs_attention"};
    for (std::string_view key : kRequired) {
        if (!body.contains(key)) return std::string(key) + " is required";
    }
    for (const auto& [key, value] : body.items()) {
        if (key == "device_id") {
            // As an admin names a device (1–64 of A–Z a–z 0–9 _ . -): it becomes a path on the fleet page.
            if (!value.is_string() || !isDeviceId(value.get_ref<const std::string&>()))
                return "device_id must be 1-64 of A-Z a-z 0-9 _ . - (not starting with .)";
        } else if (key == "app_version" || key == "content_version") {
            if (!isToken(value, 64, true)) return key + " is not printable ASCII without spaces";
        } else if (key == "uptime_s" || key == "outbox_depth" || key == "needs_attention" || key == "out_of_service") {
            if (!core::jsonInteger(value, kCount)) return key + " must be a whole number";
        } else if (key == "last_sync") {
            if (!value.is_string()) return "last_sync is not text";
            const auto& at = value.get_ref<const std::string&>();
            if (!at.empty() && !core::parseW3cDateTime(at)) return "last_sync is not a W3C date-time";
        } else if (key == "rejected_records") {
            if (std::string p = rejectedProblem(value); !p.empty()) return p;
        } else if (key == "counters") {
            if (std::string p = countersProblem(value); !p.empty()) return p;
        } else if (key == "printer") {
            if (std::string p = printerProblem(value); !p.empty()) return p;
        } else if (key == "hall") {
            if (std::string p = hallProblem(value); !p.empty()) return p;
        } else if (key == "camera") {
            static const std::set<std::string, std::less<>> kCamera = {"ready", "failed", "not_checked"};
            if (std::string p = stateProblem(value, "camera", kCamera, false); !p.empty()) return p;
        } else if (key == "remote_config") {
            static const std::set<std::string, std::less<>> kRemote = {"none", "trial", "applied", "rolled_back"};
            if (std::string p = stateProblem(value, "remote_config", kRemote, true); !p.empty()) return p;
        } else {
            return "the heartbeat holds a field the API does not name";
        }
    }
    return "";
}

}  // namespace kiosk::server
