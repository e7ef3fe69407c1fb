#include "open311_format.h"

#include <nlohmann/json.hpp>

#include "markup_escape.h"
#include "request_fields.h"

namespace kiosk::server {
namespace {

// <name>value</name> for each field, inside <item>…</item>.
std::string xmlItem(const char* item, const std::vector<std::pair<const char*, std::string>>& fields) {
    std::string out = std::string("<") + item + ">";
    for (const auto& [name, value] : fields) {
        out += std::string("<") + name + ">" + markupEscaped(value) + "</" + name + ">";
    }
    return out + "</" + item + ">";
}

// The spec: "the root element must be preceded with the XML declaration including the
// encoding="UTF-8" attribute".
const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

// A coordinate as a JSON number (the spec's sample: "lat":37.762221815), null when there is none.
// XML carries the decimal text as it was checked on filing (never an exponent).
nlohmann::json degreesJson(const std::string& text) {
    const auto value = parseDegrees(text, 180);
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

std::string contentType(Format format) {
    return format == Format::Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
}

std::string errorsBody(Format format, const std::vector<Open311Error>& errors) {
    if (format == Format::Json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : errors) out.push_back({{"code", e.code}, {"description", e.description}});
        return out.dump();
    }
    std::string out = std::string(kXmlHead) + "<errors>";
    for (const auto& e : errors)
        out += xmlItem("error", {{"code", std::to_string(e.code)}, {"description", e.description}});
    return out + "</errors>";
}

std::string servicesBody(Format format, const std::vector<ServiceInfo>& services, const std::string& type) {
    if (format == Format::Json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : services) {
            out.push_back({{"service_code", s.code},
                           {"service_name", s.name},
                           {"description", s.description},
                           {"metadata", s.metadata},
                           {"type", type},
                           {"keywords", ""},
                           {"group", s.group}});
        }
        return out.dump();
    }
    std::string out = std::string(kXmlHead) + "<services>";
    for (const auto& s : services) {
        out += xmlItem("service", {{"service_code", s.code},
                                   {"service_name", s.name},
                                   {"description", s.description},
                                   {"metadata", s.metadata ? "true" : "false"},
                                   {"type", type},
                                   {"keywords", ""},
                                   {"group", s.group}});
    }
    return out + "</services>";
}

std::string serviceDefinitionBody(Format format, const core::CaseCategory& category) {
    nlohmann::json attributes = nlohmann::json::array();
    std::string xml;
    int order = 0;
    for (const core::CaseQuestion& q : category.questions) {
        const char* datatype = q.multiple ? "multivaluelist" : "singlevaluelist";
        nlohmann::json values = nlohmann::json::array();
        std::string xmlValues;
        for (const core::CaseQuestionOption& o : q.options) {
            values.push_back({{"key", o.key}, {"name", o.name}});
            xmlValues += xmlItem("value", {{"key", o.key}, {"name", o.name}});
        }
        ++order;
        attributes.push_back({{"variable", true},
                              {"code", q.code},
                              {"datatype", datatype},
                              {"required", q.required},
                              {"datatype_description", ""},
                              {"order", order},
                              {"description", q.text},
                              {"values", values}});
        xml += "<attribute><variable>true</variable><code>" + markupEscaped(q.code) + "</code><datatype>" + datatype +
               "</datatype><required>" + (q.required ? "true" : "false") +
               "</required><datatype_description></datatype_description><order>" + std::to_string(order) +
               "</order><description>" + markupEscaped(q.text) + "</description><values>" + xmlValues +
               "</values></attribute>";
    }
    if (format == Format::Json) {
        return nlohmann::json{{"service_code", category.code}, {"attributes", attributes}}.dump();
    }
    return std::string(kXmlHead) + "<service_definition><service_code>" + markupEscaped(category.code) +
           "</service_code><attributes>" + xml + "</attributes></service_definition>";
}

std::string filedBody(Format format, const std::string& idOrToken, bool isToken, const std::string& notice) {
    const char* key = isToken ? "token" : "service_request_id";
    if (format == Format::Json) {
        return nlohmann::json::array({{{key, idOrToken}, {"service_notice", notice}, {"account_id", nullptr}}}).dump();
    }
    return std::string(kXmlHead) + "<service_requests>" +
           xmlItem("request", {{key, idOrToken}, {"service_notice", notice}, {"account_id", ""}}) +
           "</service_requests>";
}

std::string tokenBody(Format format, const std::string& token, const std::string& requestId) {
    if (format == Format::Json) {
        nlohmann::json item = {{"service_request_id", nullptr}, {"token", token}};
        if (!requestId.empty()) item["service_request_id"] = requestId;
        return nlohmann::json::array({item}).dump();
    }
    return std::string(kXmlHead) + "<service_requests>" +
           xmlItem("request", {{"service_request_id", requestId}, {"token", token}}) + "</service_requests>";
}

std::string requestsBody(Format format, const std::vector<ServiceRequest>& requests) {
    // The spec's sample, element by element and in its order.
    auto fields = [](const ServiceRequest& r) -> std::vector<std::pair<const char*, std::string>> {
        return {{"service_request_id", r.id},
                {"status", r.status},
                {"status_notes", r.statusNotes},
                {"service_name", r.serviceName},
                {"service_code", r.serviceCode},
                {"description", r.description},
                {"agency_responsible", r.agency},
                {"service_notice", r.serviceNotice},
                {"requested_datetime", r.requestedAt},
                {"updated_datetime", r.updatedAt},
                {"expected_datetime", ""},
                {"address", r.address},
                {"address_id", r.addressId},
                {"zipcode", ""},
                {"lat", r.lat},
                {"long", r.lon},
                {"media_url", r.mediaUrl}};
    };
    if (format == Format::Json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : requests) {
            nlohmann::json item = nlohmann::json::object();
            // A value the case does not have is null, as in the spec's JSON sample.
            for (const auto& [name, value] : fields(r))
                item[name] = value.empty() ? nlohmann::json() : nlohmann::json(value);
            item["lat"] = degreesJson(r.lat);
            item["long"] = degreesJson(r.lon);
            out.push_back(item);
        }
        return out.dump();
    }
    std::string out = std::string(kXmlHead) + "<service_requests>";
    for (const auto& r : requests) out += xmlItem("request", fields(r));
    return out + "</service_requests>";
}

std::string updatesBody(Format format, const std::vector<RequestUpdate>& updates) {
    auto fields = [](const RequestUpdate& u) -> std::vector<std::pair<const char*, std::string>> {
        return {{"update_id", std::to_string(u.updateId)},
                {"service_request_id", u.requestId},
                {"status", u.status},
                {"updated_datetime", u.at},
                {"description", u.description},
                {"media_url", u.mediaUrl},
                {"stage", u.stage},
                {"agency_responsible", u.agency}};
    };
    if (format == Format::Json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& u : updates) {
            nlohmann::json item = nlohmann::json::object();
            for (const auto& [name, value] : fields(u)) item[name] = value;
            item["update_id"] = u.updateId;
            out.push_back(item);
        }
        return out.dump();
    }
    std::string out = std::string(kXmlHead) + "<service_request_updates>";
    for (const auto& u : updates) out += xmlItem("request_update", fields(u));
    return out + "</service_request_updates>";
}

std::string updateFiledBody(Format format, std::int64_t updateId) {
    if (format == Format::Json) return nlohmann::json::array({{{"update_id", updateId}}}).dump();
    return std::string(kXmlHead) + "<service_request_updates>" +
           xmlItem("request_update", {{"update_id", std::to_string(updateId)}}) + "</service_request_updates>";
}

}  // namespace kiosk::server
