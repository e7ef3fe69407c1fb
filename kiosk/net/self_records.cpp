#include "net/self_records.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/forget.h"

namespace kiosk::net {

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
}

}  // namespace kiosk::net
