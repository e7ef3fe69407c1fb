#pragma once
// 查我本人的记录, the kiosk's side of POST {base}/kiosk/v1/self/records (docs/api.md): the ID
// number read from the resident's card goes in the body of one request over the platform's TLS
// connection with the device token — never in an address, a log line or a file — and the answer,
// a disclosure set of that person's payouts (and the cases he filed by real name), is read by the one disclosure reader
// (core::parseDisclosures: depth-limited JSON, every record checked). Only payouts whose full
// name is the card's are kept: a platform that answered with someone else's rows would not show
// them. Blocking: called on the ID card worker.
#include <string>
#include <vector>

#include "core/disclosures.h"
#include "net/http_client.h"

namespace kiosk::net {

struct SelfRecordsRequest {
    std::string baseUrl;  // "https://host/open311/v2"
    std::string deviceToken;
    std::string idNumber;  // from the card, checked
    std::string name;      // from the card: the rows kept are his
};

// One of his own cases: filed by real name with a phone number the platform's register joins to
// him. Every field checked as it arrived (a case that fails a check is left out).
struct OwnCase {
    std::string requestId;    // the platform's service_request_id, a plain token (never the 查询码)
    std::string serviceName;  // the category, text by the one rule, at most 40 characters
    std::string stage;        // submitted | accepted | in_progress | closed
    std::string filedOn;      // "2026-11-18", from a W3C date-time
};

struct SelfRecords {
    enum class Outcome {
        Found,      // `payouts` holds his (none is an answer too: nothing was paid to him)
        NoNetwork,  // the platform could not be reached
        Refused,    // the platform refused the device (401/403) or the ask (4xx)
        Busy,       // 429 or 5xx: later
        Broken,     // an answer that is not a disclosure set
    };
    Outcome outcome = Outcome::NoNetwork;
    std::vector<core::Payout> payouts;  // newest month first
    std::vector<core::SubsidyType> subsidyTypes;
    std::vector<core::Community> communities;
    std::vector<OwnCase> cases;  // newest first, as the platform sent them (at most 50)
    std::string problem;         // for the log, English, never a name or a number of his
};

SelfRecords askSelfRecords(HttpClient& client, SelfRecordsRequest request);

// Overwrites what `records` holds of him before it is let go (core/forget).
void forgetRecords(SelfRecords& records);

}  // namespace kiosk::net
