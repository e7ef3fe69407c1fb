#pragma once
// Open311 GeoReport v2 bodies in both formats the spec knows: JSON (what the kiosk uses by
// default) and XML (what the spec requires and some widely used clients speak). One function
// per kind of answer; the shapes, element names and their order are the spec's samples
// (docs/api.md). XML starts with its declaration, encoding UTF-8.
#include <cstdint>
#include <string>
#include <vector>

#include "core/case_catalog.h"

namespace kiosk::server {

enum class Format { Json, Xml };

struct Open311Error {
    int code = 400;
    std::string description;
};

struct ServiceInfo {
    std::string code;
    std::string name;
    std::string description;  // 受理范围
    std::string group;        // the kinds it takes, e.g. "complaint,report"
    bool metadata = false;    // it has attributes (the category's questions)
};

struct ServiceRequest {
    std::string id;  // "SR-1001"
    std::string serviceCode;
    std::string serviceName;
    std::string description;
    std::string address;
    std::string mediaUrl;
    std::string status = "open";  // open | closed
    std::string statusNotes;
    std::string agency;
    std::string requestedAt;
    std::string updatedAt;
    std::string serviceNotice;
    std::string addressId;
    std::string lat;  // decimal degrees as checked on filing, "" when none were given
    std::string lon;
    std::string kind;   // kiosk_kind: "report" (举报) is never in a public answer
    std::string token;  // spec-only mode: the token its POST answered
};

struct RequestUpdate {
    std::int64_t updateId = 0;
    std::string requestId;
    std::string status;  // open | closed
    std::string stage;   // accepted | in_progress | closed
    std::string agency;
    std::string description;
    std::string at;
    std::string mediaUrl;  // a resident's follow-up may carry one
};

std::string errorsBody(Format format, const std::vector<Open311Error>& errors);
// `type` is the spec's realtime (POST answers an id) or batch (POST answers a token).
std::string servicesBody(Format format, const std::vector<ServiceInfo>& services, const std::string& type);
// One service's definition: the category's questions as Open311 attributes (singlevaluelist or
// multivaluelist, with their values).
std::string serviceDefinitionBody(Format format, const core::CaseCategory& category);
// POST requests' answer: the new case's service_request_id, or (`isToken`) the token that
// GET tokens/{token} turns into one later — never both, as the spec says.
std::string filedBody(Format format, const std::string& idOrToken, bool isToken, const std::string& notice);
// GET tokens/{token}: the service_request_id once assigned ("" until then: an empty element, null in JSON).
std::string tokenBody(Format format, const std::string& token, const std::string& requestId);
std::string requestsBody(Format format, const std::vector<ServiceRequest>& requests);
// Updates (servicerequestupdates, the widely used extension): update_id, service_request_id,
// status, updated_datetime, description, media_url, then the kiosk's stage and agency_responsible.
std::string updatesBody(Format format, const std::vector<RequestUpdate>& updates);
// POST servicerequestupdates' answer: the new update's update_id.
std::string updateFiledBody(Format format, std::int64_t updateId);
std::string contentType(Format format);

}  // namespace kiosk::server
