#include "net/self_records.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/forget.h"
#include "core/json_input.h"
#include "core/text_rule.h"
#include "core/w3c_datetime.h"

namespace kiosk::net {
namespace {

constexpr std::size_t kMostCases = 50;

void forgetCase(OwnCase& c) {
    for (std::string* text : {&c.requestId, &c.serviceName, &c.stage, &c.filedOn}) core::forget(*text);
}

// His cases from the answer's "cases" (the JSON already read depth-limited): each field checked,
// a case failing a check left out and counted in `refused`.
std::vector<OwnCase> casesOf(const nlohmann::json& answer, std::size_t& refused) {
    std::vector<OwnCase> out;
    if (!answer.is_object() || !answer.contains("cases")) return out;
    const nlohmann::json& list = answer["cases"];
    if (!list.is_array()) {
        ++refused;
        return out;
    }
    for (const nlohmann::json& item : list) {
        if (out.size() == kMostCases) break;
        auto text = [&](const char* key) {
            return item.contains(key) && item[key].is_string() ? item[key].get<std::string>() : std::string();
        };
        OwnCase c{text("service_request_id"), text("service_name"), text("stage"), text("requested_datetime")};
        const bool known =
            c.stage == "submitted" || c.stage == "accepted" || c.stage == "in_progress" || c.stage == "closed";
        if (!item.is_object() || !core::isPlainToken(c.requestId, 40) || !core::isTextLine(c.serviceName, 40) ||
            !known || !core::parseW3cDateTime(c.filedOn)) {
            forgetCase(c);
            ++refused;
            continue;
        }
        c.filedOn.resize(10);  // the day (in place: nothing of it is let go unwiped)
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

SelfRecords askSelfRecords(HttpClient& client, SelfRecordsRequest request) {
    SelfRecords out;
    HttpRequest r;
    r.method = "POST";
    r.url = request.baseUrl + "/kiosk/v1/self/records";
    r.headers["Authorization"] = "Bearer " + request.deviceToken;
    r.contentType = "application/json";
    r.body = nlohmann::json{{"id_number", request.idNumber}}.dump();
    r.limits.totalTimeoutMs = 15000;      // a resident stands waiting
    r.limits.maxResponseBytes = 1 << 20;  // a person's payouts over the years, with room
    HttpResponse answer = client.perform(r);
    core::forget(r.body);
    core::forget(request.idNumber);
    if (!answer.ok()) {
        out.outcome = SelfRecords::Outcome::NoNetwork;
        out.problem = std::string("no answer: ") + netErrorName(answer.error);
    } else if (answer.status == 429 || answer.status >= 500) {
        out.outcome = SelfRecords::Outcome::Busy;
        out.problem = "the platform answered " + std::to_string(answer.status);
    } else if (answer.status != 200) {
        out.outcome = SelfRecords::Outcome::Refused;
        out.problem = "the platform answered " + std::to_string(answer.status);
    } else {
        core::DisclosureParseResult set = core::parseDisclosures(answer.body);
        if (set.fatal) {
            out.outcome = SelfRecords::Outcome::Broken;
            out.problem = "the answer is not a disclosure set";
        } else {
            out.outcome = SelfRecords::Outcome::Found;
            std::size_t others = 0;
            for (core::Payout& p : set.set.payouts) {
                if (p.recipientName == request.name) {
                    out.payouts.push_back(std::move(p));
                } else {
                    ++others;
                }
            }
            if (others > 0 || !set.rejected.empty()) {
                out.problem = std::to_string(others) + " payout(s) of another name dropped, " +
                              std::to_string(set.rejected.size()) + " record(s) refused";
            }
            std::stable_sort(out.payouts.begin(), out.payouts.end(),
                             [](const core::Payout& a, const core::Payout& b) { return a.period > b.period; });
            std::size_t refusedCases = 0;
            out.cases = casesOf(core::readJson(answer.body).value, refusedCases);
            if (refusedCases > 0)
                out.problem += (out.problem.empty() ? "" : ", ") + std::to_string(refusedCases) + " case(s) refused";
            out.subsidyTypes = std::move(set.set.subsidyTypes);
            out.communities = std::move(set.set.communities);
            for (core::Payout& p : set.set.payouts) core::forget(p.recipientName);
        }
    }
    core::forget(answer.body);
    core::forget(request.name);
    return out;
}

void forgetRecords(SelfRecords& records) {
    for (core::Payout& p : records.payouts) core::forget(p.recipientName);
    records.payouts.clear();
    records.subsidyTypes.clear();
    records.communities.clear();
    for (OwnCase& c : records.cases) forgetCase(c);
    records.cases.clear();
}

}  // namespace kiosk::net
