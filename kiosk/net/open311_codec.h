#pragma once
// What goes over the wire for cases (docs/api.md): the form body of a case filed through Open311
// GeoReport v2, and the parsing of the platform's answers. Parsing never throws: a malformed or
// hostile answer is a clear error, and the case stays in the outbox.
//
// Open311 answers come as JSON (the kiosk's default) or XML (what the spec requires; selected with
// platform.format). Both are read into the same shape — a list of items of text fields — so one
// validation serves both.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo_point.h"
#include "storage/outbox.h"

namespace kiosk::net {

enum class WireFormat { Json, Xml };
std::optional<WireFormat> wireFormatFromName(std::string_view name);  // "json" | "xml"
// The Open311 path extension: "json" | "xml".
std::string_view extensionOf(WireFormat format);

// application/x-www-form-urlencoded, UTF-8.
std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields);

struct CaseForm {
    std::string body;  // the form
    std::string idempotencyKey;
};
// `address` is what the platform shows ("幸福里社区 · 社区广场"); the phone goes only when given.
// `mediaUrls`: the case's photos, uploaded first (media_url is the first; all are repeated as
// kiosk_media_url). `hallLocation`: the hall's coordinates, sent as Open311's lat/long when the
// resident chose 就在本服务大厅附近.
CaseForm caseForm(const storage::OutboxCase& c, const std::string& address, const std::string& deviceId,
                  const std::string& apiKey, const std::vector<std::string>& mediaUrls = {},
                  const std::optional<core::GeoPoint>& hallLocation = std::nullopt);

// The media endpoint's answer: {"media_url": "https://…"}; "" when it cannot be read.
std::string parseMediaUrl(const std::string& body);

// The answer to a filed case (POST requests) and to GET tokens/{token}: the platform's id, or —
// from a platform that assigns ids later (Open311 "batch" servers) — a token, and the id once
// GET tokens/{token} knows it. Ids may come as text or as numbers.
struct FiledAnswer {
    std::string serviceRequestId;  // "" while the platform has given a token only
    std::string token;
    std::string error;  // "" when the answer was understood
};
FiledAnswer parseFiledAnswer(const std::string& body, WireFormat format = WireFormat::Json);

// The service codes of GET services (the spec's service list), or nothing when the answer is not
// a list of at least one service. A 404 to a filed case judges the case only when this list, read at the same address,
// lacks its service: otherwise the 404 may be a wrong address, which an operator mends.
std::optional<std::vector<std::string>> parseServiceCodes(const std::string& body,
                                                          WireFormat format = WireFormat::Json);

// The first error of an Open311 error answer ("" when there is none or it cannot be read).
std::string parseErrorDescription(const std::string& body, WireFormat format = WireFormat::Json);

struct RemoteUpdate {
    std::string updateId;
    storage::CaseUpdate update;
};
struct UpdatesAnswer {
    std::vector<RemoteUpdate> updates;
    std::string error;
};
UpdatesAnswer parseUpdates(const std::string& body, WireFormat format = WireFormat::Json);
// A platform without the updates extension (servicerequestupdates): the case as GET requests
// shows it — `status` open/closed, `status_notes`, `agency_responsible`, `updated_datetime` — read
// as the one update it amounts to (an update id of its status and time, so a repeat adds nothing).
UpdatesAnswer parseRequestAsUpdate(const std::string& body, WireFormat format = WireFormat::Json);

}  // namespace kiosk::net
