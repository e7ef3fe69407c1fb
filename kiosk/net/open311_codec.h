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
// kiosk_media_url).
CaseForm caseForm(const storage::OutboxCase& c, const std::string& address, const std::string& deviceId,
                  const std::string& apiKey, const std::vector<std::string>& mediaUrls = {});

// The media endpoint's answer: {"media_url": "https://…"}; "" when it cannot be read.
std::string parseMediaUrl(const std::string& body);

struct FiledAnswer {
    std::string serviceRequestId;  // or the token, when the platform assigns ids later
    std::string error;             // "" when the answer was understood
};
FiledAnswer parseFiledAnswer(const std::string& body, WireFormat format = WireFormat::Json);

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

}  // namespace kiosk::net
