#include "case_form.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/tracking_code.h"
#include "core/utf8.h"
#include "core/web_address.h"
#include "request_fields.h"

namespace kiosk::server {
namespace {

// Fields that hold one value; a second one is refused rather than one of them silently chosen.
constexpr std::string_view kSingleFields[] = {
    "service_code",
    "description",
    "address_string",
    "lat",
    "long",
    "phone",
    "media_url",
    "device_id",
    "api_key",
    "first_name",
    "last_name",
    "email",
    "account_id",
    "jurisdiction_id",
    "address_id",
    "kiosk_tracking_code",
    "kiosk_kind",
    "kiosk_created_at",
    "kiosk_transfer_department",
    "kiosk_photo_later",
    "kiosk_access_salt",
    "kiosk_access_check",
};

// Free text of a person: "" when it is fine or absent.
std::string textError(const FormBody& form, const char* name, std::size_t maxChars, bool lineBreaks = false) {
    const std::string* value = form.first(name);
    if (!value) return "";
    if (!core::isValidUtf8(*value)) return std::string(name) + " is not UTF-8 text";
    if (core::decodeUtf8(*value).size() > maxChars) {
        return std::string(name) + " is longer than " + std::to_string(maxChars) + " characters";
    }
    if (!isPlainText(*value, maxChars, lineBreaks)) return std::string(name) + " holds control or invisible characters";
    return "";
}

// A free-text field of a form and how much it may hold.
struct TextField {
    const char* name;
    std::size_t maxChars;
    bool lineBreaks = false;
};

// The first of `fields` that is not acceptable text, named ("" when all are fine or absent).
std::string firstTextError(const FormBody& form, std::initializer_list<TextField> fields) {
    for (const TextField& f : fields) {
        if (std::string error = textError(form, f.name, f.maxChars, f.lineBreaks); !error.empty()) return error;
    }
    return "";
}

// Read as curl reads it (core/web_address): https (http only to loopback), no user info.
bool isMediaUrl(const std::string& url) {
    return url.size() <= 500 && core::readWebAddress(url, core::PlainHttp::LoopbackOnly).has_value();
}

bool isHex(const std::string& s, std::size_t maxDigits) {
    return !s.empty() && s.size() <= maxDigits && s.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

std::string checkFields(const FormBody& form) {
    for (std::string_view name : kSingleFields) {
        if (form.count(name) > 1) return std::string(name) + " is given more than once";
    }
    if (std::string error = firstTextError(form, {{"description", kMaxDescriptionChars, true},
                                                  {"address_string", 200},
                                                  {"device_id", 64},
                                                  {"api_key", 256},
                                                  {"first_name", 100},
                                                  {"last_name", 100},
                                                  {"email", 254},
                                                  {"account_id", 64},
                                                  {"jurisdiction_id", 64},
                                                  {"address_id", 64},
                                                  {"kiosk_transfer_department", 100}});
        !error.empty()) {
        return error;
    }
    const std::string* lat = form.first("lat");
    const std::string* lon = form.first("long");
    if (lat && !parseDegrees(*lat, 90)) return "lat is not a decimal latitude from -90 to 90";
    if (lon && !parseDegrees(*lon, 180)) return "long is not a decimal longitude from -180 to 180";
    if ((lat != nullptr) != (lon != nullptr)) return lat ? "long is required with lat" : "lat is required with long";
    if (!form.first("address_string") && !form.first("address_id") && !lat) {
        return "a location is required: lat and long, address_string or address_id";
    }
    if (const std::string* phone = form.first("phone"); phone && !isPhoneNumber(*phone)) {
        return "phone is not a phone number (5 to 20 digits, optionally after a +)";
    }
    if (const std::string* url = form.first("media_url"); url && !url->empty() && !isMediaUrl(*url)) {
        return "media_url must be https";
    }
    const std::vector<std::string> mediaUrls = form.all("kiosk_media_url");
    for (const std::string& url : mediaUrls) {
        if (!isMediaUrl(url)) return "kiosk_media_url must be https";
    }
    if (mediaUrls.size() > 3) return "at most 3 kiosk_media_url";
    if (const std::string* code = form.first("kiosk_tracking_code");
        code && !code->empty() && !core::isWellFormedTrackingCode(*code)) {
        return "kiosk_tracking_code is not a well-formed code";
    }
    if (const std::string* kind = form.first("kiosk_kind");
        kind && *kind != "complaint" && *kind != "report" && *kind != "advice") {
        return "kiosk_kind must be complaint, report or advice";
    }
    if (const std::string* at = form.first("kiosk_created_at"); at && !parseW3cDateTime(*at)) {
        return "kiosk_created_at is not a W3C date-time with its offset";
    }
    if (const std::string* later = form.first("kiosk_photo_later"); later && *later != "true" && *later != "false") {
        return "kiosk_photo_later must be true or false";
    }
    for (const char* name : {"kiosk_access_salt", "kiosk_access_check"}) {
        if (const std::string* value = form.first(name); value && !isHex(*value, 128)) {
            return std::string(name) + " must be at most 128 hex digits";
        }
    }
    if (const std::string* email = form.first("email");
        email && !email->empty() && email->find('@') == std::string::npos) {
        return "email is not an e-mail address";
    }
    return "";
}

std::string valueOf(const FormBody& form, const char* name) {
    const std::string* value = form.first(name);
    return value ? *value : std::string{};
}

}  // namespace

CaseFormRead readCaseForm(const FormBody& given, const core::CaseCatalog& catalog) {
    // An empty field is no field (Open311's "Optional"): an empty email, address_id or optional
    // attribute[CODE] is not an error, and an empty required one is missing, named as such.
    const FormBody form = given.withoutEmptyValues();
    CaseFormRead read;
    NewRequest& n = read.request;
    if (form.count("service_code") > 1) {
        read.error = "service_code is given more than once";
        return read;
    }
    n.serviceCode = valueOf(form, "service_code");
    if (n.serviceCode.empty()) {
        read.error = "service_code is required";
        return read;
    }
    read.category = catalog.category(n.serviceCode);
    if (!read.category) {
        read.error = "service_code is not a known service";
        read.notFound = true;  // the spec: 404 for a service_code not found
        return read;
    }
    if ((read.error = checkFields(form)); !read.error.empty()) return read;
    n.serviceName = read.category->name;
    n.description = valueOf(form, "description");
    n.address = valueOf(form, "address_string");
    n.addressId = valueOf(form, "address_id");
    n.lat = valueOf(form, "lat");
    n.lon = valueOf(form, "long");
    n.phone = phoneNumber(valueOf(form, "phone")).value_or("");  // checked above; kept in its plain form
    n.mediaUrl = valueOf(form, "media_url");
    n.mediaUrls = nlohmann::json(form.all("kiosk_media_url")).dump();
    n.deviceId = valueOf(form, "device_id");
    n.trackingCode = valueOf(form, "kiosk_tracking_code");
    n.kind = valueOf(form, "kiosk_kind");
    // attribute[CODE]: a multi-value answer repeats the key, as the spec writes it
    // (attribute[CODE][]=a&attribute[CODE][]=b) or without the [] (what the kiosk sends); the
    // catalog's questions decide.
    nlohmann::json attributes = nlohmann::json::object();
    for (const FormField& field : form.fields()) {
        std::string_view key = field.name;
        if (key.size() > 2 && key.substr(key.size() - 2) == "[]") key.remove_suffix(2);
        if (key.rfind("attribute[", 0) != 0 || key.back() != ']') continue;
        const std::string code(key.substr(10, key.size() - 11));
        const core::CaseQuestion* question = read.category->question(code);
        if (!question) {
            read.error = "an attribute is not one of this service's";
            return read;
        }
        if (!question->offers(field.value)) {
            read.error = "attribute[" + code + "] has a value not in its list";
            return read;
        }
        if (!question->multiple && attributes.contains(code)) {
            read.error = "attribute[" + code + "] takes one value";
            return read;
        }
        attributes[code].push_back(field.value);
    }
    for (const core::CaseQuestion& q : read.category->questions) {
        if (q.required && !attributes.contains(q.code)) {
            read.error = "attribute[" + q.code + "] is required";
            return read;
        }
    }
    n.attributes = attributes.dump();
    return read;
}

FollowUpRead readFollowUpForm(const FormBody& given) {
    const FormBody form = given.withoutEmptyValues();
    FollowUpRead read;
    for (const char* name :
         {"service_request_id", "description", "status", "updated_datetime", "media_url", "update_id", "email",
          "first_name", "last_name", "phone", "account_id", "api_key", "jurisdiction_id"}) {
        if (form.count(name) > 1) {
            read.error = std::string(name) + " is given more than once";
            return read;
        }
    }
    read.requestId = valueOf(form, "service_request_id");
    if (read.requestId.empty()) {
        read.error = "service_request_id is required";
        return read;
    }
    if (read.requestId.size() > 64) {
        read.error = "service_request_id is longer than 64 characters";
        return read;
    }
    if (!form.first("description")) {
        read.error = "description is required";
        return read;
    }
    read.error = firstTextError(form, {{"description", kMaxDescriptionChars, true},
                                       {"update_id", 64},
                                       {"first_name", 100},
                                       {"last_name", 100},
                                       {"email", 254},
                                       {"account_id", 64}});
    if (!read.error.empty()) return read;
    if (const std::string* status = form.first("status")) {
        std::string lower;
        for (char c : *status) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (lower != "open") {
            read.error = lower == "closed" ? "status closed: a follow-up does not close a case, its department does"
                                           : "status must be open";
            return read;
        }
    }
    if (const std::string* at = form.first("updated_datetime"); at && !parseW3cDateTime(*at)) {
        read.error = "updated_datetime is not a W3C date-time with its offset";
        return read;
    }
    if (const std::string* url = form.first("media_url"); url && !isMediaUrl(*url)) {
        read.error = "media_url must be https";
        return read;
    }
    if (const std::string* phone = form.first("phone"); phone && !isPhoneNumber(*phone)) {
        read.error = "phone is not a phone number (5 to 20 digits, optionally after a +)";
        return read;
    }
    if (const std::string* email = form.first("email"); email && email->find('@') == std::string::npos) {
        read.error = "email is not an e-mail address";
        return read;
    }
    read.description = valueOf(form, "description");
    read.mediaUrl = valueOf(form, "media_url");
    return read;
}

}  // namespace kiosk::server
