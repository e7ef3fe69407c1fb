#pragma once
// Open311 GeoReport v2 bodies in both formats the spec knows: JSON (what the kiosk uses by
// default) and XML (what the spec requires and some widely used clients speak). One function
// per kind of answer; the shapes are in docs/api.md.
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
};

struct RequestUpdate {
    std::int64_t updateId = 0;
    std::string requestId;
    std::string status;  // open | closed
    std::string stage;   // accepted | in_progress | closed
    std::string agency;
    std::string description;
    std::string at;
};

std::string errorsBody(Format format, const std::vector<Open311Error>& errors);
std::string servicesBody(Format format, const std::vector<ServiceInfo>& services);
// One service's definition: the category's questions as Open311 attributes (singlevaluelist or
// multivaluelist, with their values).
std::string serviceDefinitionBody(Format format, const core::CaseCategory& category);
std::string filedBody(Format format, const std::string& requestId, const std::string& notice);
std::string requestsBody(Format format, const std::vector<ServiceRequest>& requests);
std::string updatesBody(Format format, const std::vector<RequestUpdate>& updates);
std::string contentType(Format format);

}  // namespace kiosk::server
