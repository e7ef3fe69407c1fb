#pragma once
// The reference server's cases (SQLite): filed with dedupe by idempotency key, read by id or
// window, and advanced through 已受理 → 办理中 → 已办结 with the department's words.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "open311_format.h"
#include "storage/sqlite_db.h"

namespace kiosk::server {

struct NewRequest {
    std::string serviceCode;
    std::string serviceName;
    std::string description;
    std::string address;
    std::string phone;
    std::string mediaUrl;
    std::string deviceId;
    std::string trackingCode;  // kiosk_tracking_code ("" from other clients)
    std::string kind;
    std::string attributes;  // JSON object of attribute answers (arrays for multi-value)
    std::string at;
    std::string mediaUrls = "[]";  // JSON array: every photo of the case (kiosk_media_url), media_url first
    std::string addressId;
    std::string lat;  // decimal degrees as checked ("" when not given)
    std::string lon;
    std::string serviceNotice;
    // Spec-only mode: the token POST answers; the case stays unpublished (in no answer, not
    // advanced) until publishTokens() gives the token its service_request_id. "": published now.
    std::string token;
};

// Who reads: what each may see of the cases (docs/api.md "What is public").
enum class Audience {
    Public,    // anonymous callers: published cases but 举报 (kiosk_kind "report")
    Device,    // a device token or api_key: every published case
    Internal,  // the server itself: unpublished (token not yet assigned) cases too
};

struct RequestQuery {
    std::int64_t start = 0;  // seconds since 1970, both ends included
    std::int64_t end = 0;
    std::vector<std::string> statuses;      // empty: any
    std::vector<std::string> serviceCodes;  // empty: any
};

struct TokenState {
    std::string requestId;  // "" until the token is assigned its id
    std::string kind;
};

struct FileOutcome {
    ServiceRequest request;
    bool repeat = false;    // the idempotency key was seen with this very case: nothing filed
    bool conflict = false;  // the key was seen with another case: nothing filed
};

// A case as its filer sees it among his own records (查我本人的记录): how he knows it (the
// receipt's code, the category), when it was filed and where it stands.
struct OwnCase {
    std::string id;  // service_request_id (never the 查询码: with the phone's last digits it opens the case)
    std::string serviceName;
    std::string stage;  // submitted | accepted | in_progress | closed
    std::string requestedAt;
};

class CaseStore {
public:
    explicit CaseStore(const std::string& path);

    // `fingerprint` identifies the case's content, to tell a resend from a reused key.
    FileOutcome file(const NewRequest& request, const std::string& idempotencyKey, const std::string& fingerprint);
    std::optional<ServiceRequest> find(const std::string& id, Audience audience);
    // Cases filed within the query's window, of its statuses and service codes, at most 1000.
    std::vector<ServiceRequest> window(const RequestQuery& query, Audience audience);
    // The published cases filed with one of `phones` (the platform's register joins them to a
    // person), newest first, at most 50 — never a 举报: whoever else holds that phone must not
    // learn that a report was made.
    std::vector<OwnCase> filedWith(const std::vector<std::string>& phones);
    std::optional<TokenState> tokenState(const std::string& token);
    // Spec-only mode: every unpublished case gets its id published; returns how many.
    int publishTokens();
    std::size_t count();
    // The next station ("accepted", "in_progress", "closed") with who handles it and their words.
    bool advance(const std::string& id, const std::string& stage, const std::string& agency, const std::string& note,
                 const std::string& at);
    // A resident's follow-up on an open case (POST servicerequestupdates): an update of stage
    // "follow_up" that keeps the case's status and station. Returns its update_id.
    std::int64_t addFollowUp(const std::string& id, const std::string& description, const std::string& mediaUrl,
                             const std::string& at);
    std::vector<RequestUpdate> updates(const std::string& id, Audience audience);
    std::vector<RequestUpdate> updatesWithin(std::int64_t start, std::int64_t end, Audience audience);  // ≤ 1000
    std::vector<std::string> openIds();  // published open cases
    // What a case's content looked like when filed (tests check what arrived).
    std::optional<NewRequest> filedContent(const std::string& id);
    // Kiosk events on a case (by its 查询码): the same event sent twice counts once.
    void recordRating(const std::string& trackingCode, const std::string& rating, const std::string& reason,
                      const std::string& at);
    void recordJoin(const std::string& trackingCode, const std::string& at);
    std::optional<std::string> ratingOf(const std::string& trackingCode);
    int joinCount(const std::string& trackingCode);
    std::vector<std::string> trackingCodes();

private:
    ServiceRequest read(storage::Statement& s);
    std::vector<RequestUpdate> readUpdates(storage::Statement& s);
    void addColumn(const char* table, const char* column, const char* declaration);
    storage::Database db_;
};

}  // namespace kiosk::server
