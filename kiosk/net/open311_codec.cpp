#include "net/open311_codec.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <limits>

#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/text_rule.h"
#include "core/w3c_datetime.h"
#include "core/web_address.h"

namespace kiosk::net {
namespace {

std::string percentEncoded(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// A text field of an answer: text by the one rule (core/text_rule), at most `maxChars`
// characters; a whole number (ids may come as numbers) as its digits; else nothing.
std::optional<std::string> textField(const nlohmann::json& item, const char* name, std::size_t maxChars,
                                     core::Lines lines = core::Lines::One) {
    const auto it = item.find(name);
    if (it == item.end() || it->is_null()) return std::string{};
    if (it->is_number()) {
        const auto n = core::jsonInteger(*it, {0, std::numeric_limits<std::int64_t>::max()});
        return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
    }
    if (!it->is_string()) return std::nullopt;
    const std::string& value = it->get_ref<const std::string&>();
    if (core::textProblem(value, lines, maxChars, false)) return std::nullopt;
    return value;
}

// An Open311 XML answer (`<service_requests><request><field>text</field>…</request>…`) as the JSON
// the same answer would be: a list of objects of text fields. Fields with elements inside
// (attribute lists the kiosk does not read) are left out. pugixml expands no DTD entities, so a
// hostile document cannot make it fetch or blow up anything. Not a list: a JSON null.
nlohmann::json listOfXml(const std::string& body) {
    pugi::xml_document doc;
    if (!doc.load_buffer(body.data(), body.size(), pugi::parse_default, pugi::encoding_utf8)) return nullptr;
    const pugi::xml_node root = doc.document_element();
    if (!root) return nullptr;
    nlohmann::json list = nlohmann::json::array();
    for (const pugi::xml_node item : root.children()) {
        if (item.type() != pugi::node_element) continue;
        nlohmann::json fields = nlohmann::json::object();
        for (const pugi::xml_node field : item.children()) {
            if (field.type() != pugi::node_element ||
                field.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; })) {
                continue;
            }
            fields[field.name()] = field.text().get();
        }
        list.push_back(std::move(fields));
    }
    return list;
}

nlohmann::json documentOf(const std::string& body, WireFormat format) {
    if (format == WireFormat::Xml) return listOfXml(body);
    return core::readJson(body).value;
}

std::optional<storage::CaseState> stateOfStage(const std::string& stage, const std::string& status) {
    if (stage == "accepted") return storage::CaseState::Accepted;
    if (stage == "in_progress") return storage::CaseState::InProgress;
    if (stage == "closed" || (stage.empty() && status == "closed")) return storage::CaseState::Closed;
    if (stage.empty() && status == "open") return storage::CaseState::InProgress;  // a plain Open311 server
    return std::nullopt;
}

}  // namespace

std::optional<WireFormat> wireFormatFromName(std::string_view name) {
    if (name == "json") return WireFormat::Json;
    if (name == "xml") return WireFormat::Xml;
    return std::nullopt;
}

std::string_view extensionOf(WireFormat format) {
    return format == WireFormat::Xml ? "xml" : "json";
}

std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string out;
    for (const auto& [name, value] : fields) {
        if (!out.empty()) out += '&';
        out += percentEncoded(name) + '=' + percentEncoded(value);
    }
    return out;
}

CaseForm caseForm(const storage::OutboxCase& c, const std::string& address, const std::string& deviceId,
                  const std::string& apiKey, const std::vector<std::string>& mediaUrls,
                  const std::optional<core::GeoPoint>& hallLocation) {
    std::vector<std::pair<std::string, std::string>> fields = {
        {"api_key", apiKey},         {"service_code", c.categoryCode},  {"description", c.description},
        {"address_string", address}, {"device_id", deviceId},           {"kiosk_tracking_code", c.trackingCode},
        {"kiosk_kind", c.kind},      {"kiosk_created_at", c.createdAt},
    };
    if (c.atHall && hallLocation) {
        fields.emplace_back("lat", core::degreesText(hallLocation->latitude));
        fields.emplace_back("long", core::degreesText(hallLocation->longitude));
    }
    if (!c.phone.empty()) fields.emplace_back("phone", c.phone);
    if (!c.transferDepartment.empty()) fields.emplace_back("kiosk_transfer_department", c.transferDepartment);
    if (c.photoLater) fields.emplace_back("kiosk_photo_later", "true");
    if (!mediaUrls.empty()) fields.emplace_back("media_url", mediaUrls.front());
    // attribute[CODE]=key; a question with several answers repeats its key (Open311 multivaluelist).
    for (const auto& [question, keys] : c.answers) {
        for (const std::string& key : keys) fields.emplace_back("attribute[" + question + "]", key);
    }
    for (const std::string& url : mediaUrls) fields.emplace_back("kiosk_media_url", url);
    return {formEncode(fields), c.idempotencyKey};
}

FiledAnswer parseFiledAnswer(const std::string& body, WireFormat format) {
    const nlohmann::json doc = documentOf(body, format);
    if (!doc.is_array() || doc.empty() || !doc[0].is_object()) return {"", "", "the answer is not an Open311 list"};
    const auto id = textField(doc[0], "service_request_id", 64);
    const auto token = textField(doc[0], "token", 64);
    if (!id || !token) return {"", "", "service_request_id or token is not text"};
    if (id->empty() && token->empty()) return {"", "", "the answer has neither service_request_id nor token"};
    // Ids and tokens go into the log and back to the platform: printable ASCII, no spaces.
    for (const std::string* value : {&*id, &*token}) {
        if (!value->empty() && !core::isPlainToken(*value, 64))
            return {"", "", "service_request_id or token is not printable ASCII without spaces"};
    }
    return {*id, *token, ""};
}

std::string parseMediaUrl(const std::string& body) {
    const nlohmann::json doc = core::readJson(body).value;
    if (!doc.is_object()) return {};
    const auto url = textField(doc, "media_url", core::kMaxWebAddressBytes);
    if (!url) return {};
    const auto address = core::readWebAddress(*url, core::PlainHttp::LoopbackOnly);
    return address ? address->url : std::string{};
}

std::optional<std::vector<std::string>> parseServiceCodes(const std::string& body, WireFormat format) {
    const nlohmann::json doc = documentOf(body, format);
    if (!doc.is_array()) return std::nullopt;
    std::vector<std::string> codes;
    for (const auto& item : doc) {
        if (!item.is_object()) continue;
        const auto code = textField(item, "service_code", 64);
        if (code && !code->empty()) codes.push_back(*code);
    }
    // A list without one service is no service list (an error page, a misconfigured server):
    // it must not judge any case.
    if (codes.empty()) return std::nullopt;
    return codes;
}

std::string parseErrorDescription(const std::string& body, WireFormat format) {
    const nlohmann::json doc = documentOf(body, format);
    if (!doc.is_array() || doc.empty() || !doc[0].is_object()) return {};
    const auto description = textField(doc[0], "description", 500);
    return description ? *description : std::string{};
}

UpdatesAnswer parseUpdates(const std::string& body, WireFormat format) {
    UpdatesAnswer answer;
    const nlohmann::json doc = documentOf(body, format);
    if (!doc.is_array()) {
        answer.error = "the updates answer is not a list";
        return answer;
    }
    for (const auto& item : doc) {
        if (!item.is_object()) continue;  // a bad record is skipped, the rest still count
        const auto id = textField(item, "update_id", 64);
        const auto status = textField(item, "status", 16);
        const auto stage = textField(item, "stage", 16);
        const auto at = textField(item, "updated_datetime", 40);
        const auto agency = textField(item, "agency_responsible", 200);
        const auto note = textField(item, "description", 2000, core::Lines::Many);
        if (!id || !status || !stage || !at || !agency || !note || id->empty()) continue;
        if (!core::parseW3cDateTime(*at)) continue;  // a date the road shows: a W3C date-time or nothing
        const auto state = stateOfStage(*stage, *status);
        if (!state) continue;
        answer.updates.push_back({*id, {*state, *at, *agency, *note}});
    }
    return answer;
}

UpdatesAnswer parseRequestAsUpdate(const std::string& body, WireFormat format) {
    UpdatesAnswer answer;
    const nlohmann::json doc = documentOf(body, format);
    if (!doc.is_array() || doc.empty() || !doc[0].is_object()) {
        answer.error = "the request answer is not an Open311 list";
        return answer;
    }
    const nlohmann::json& item = doc[0];
    const auto status = textField(item, "status", 16);
    const auto at = textField(item, "updated_datetime", 40);
    const auto agency = textField(item, "agency_responsible", 200);
    const auto notes = textField(item, "status_notes", 2000, core::Lines::Many);
    if (!status || !at || !agency || !notes || !core::parseW3cDateTime(*at)) {
        answer.error = "the request's status or updated_datetime is not usable";
        return answer;
    }
    const auto state = stateOfStage("", *status);
    if (!state) {
        answer.error = "the request's status is neither open nor closed";
        return answer;
    }
    answer.updates.push_back({"request:" + *status + "@" + *at, {*state, *at, *agency, *notes}});
    return answer;
}

}  // namespace kiosk::net
