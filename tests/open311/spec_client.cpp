#include "spec_client.h"

#include <curl/curl.h>

#include <memory>
#include <nlohmann/json.hpp>

namespace open311_conformance {
namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

std::string escaped(CURL* curl, const std::string& text) {
    char* out = curl_easy_escape(curl, text.data(), static_cast<int>(text.size()));
    std::string result = out ? out : "";
    curl_free(out);
    return result;
}

// JSON scalars as the text an XML answer would carry ("" for null).
std::string scalarText(const nlohmann::json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

}  // namespace

const std::string* Item::get(const std::string& name) const {
    for (const auto& [n, v] : fields) {
        if (n == name) return &v;
    }
    return nullptr;
}

std::string Item::text(const std::string& name) const {
    const std::string* v = get(name);
    return v ? *v : std::string{};
}

std::vector<std::string> Item::names() const {
    std::vector<std::string> out;
    for (const auto& f : fields) out.push_back(f.first);
    return out;
}

std::string SpecClient::encode(const Fields& fields) {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    std::string out;
    for (const auto& [name, value] : fields) {
        if (!out.empty()) out += '&';
        out += escaped(curl.get(), name) + '=' + escaped(curl.get(), value);
    }
    return out;
}

Answer SpecClient::get(const std::string& path, const Fields& query) const {
    const std::string q = encode(query);
    return send("GET", endpoint_ + path + (q.empty() ? "" : "?" + q), "", {});
}

Answer SpecClient::post(const std::string& path, const Fields& form) const {
    return send("POST", endpoint_ + path, encode(form), {"Content-Type: application/x-www-form-urlencoded"});
}

Answer SpecClient::send(const std::string& method, const std::string& url, const std::string& body,
                        const std::vector<std::string>& headers) const {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    Answer answer;
    curl_slist* list = nullptr;
    for (const std::string& h : headers) list = curl_slist_append(list, h.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_CAINFO, ca_.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &answer.body);
    if (method == "POST") {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    if (curl_easy_perform(curl.get()) == CURLE_OK) {
        curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &answer.status);
        char* type = nullptr;
        curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &type);
        answer.contentType = type ? type : "";
    }
    curl_slist_free_all(list);
    return answer;
}

ItemList readList(const std::string& body, bool xml) {
    ItemList list;
    if (xml) {
        pugi::xml_document doc;
        if (!doc.load_buffer(body.data(), body.size(), pugi::parse_default | pugi::parse_declaration)) return list;
        const pugi::xml_node root = doc.document_element();
        list.root = root.name();
        for (const pugi::xml_node child : root.children()) {
            if (child.type() != pugi::node_element) continue;
            Item item;
            for (const pugi::xml_node field : child.children()) {
                if (field.type() == pugi::node_element) item.fields.emplace_back(field.name(), field.child_value());
            }
            list.items.push_back(std::move(item));
            list.itemNames.push_back(child.name());
        }
        list.ok = true;
        return list;
    }
    const nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
    if (!doc.is_array()) return list;
    list.root = "[]";
    for (const auto& element : doc) {
        if (!element.is_object()) return list;
        Item item;
        for (const auto& [name, value] : element.items()) {
            item.fields.emplace_back(name, value.is_structured() ? value.dump() : scalarText(value));
        }
        list.items.push_back(std::move(item));
    }
    list.ok = true;
    return list;
}

bool hasUtf8Declaration(const std::string& body) {
    return body.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0;
}

}  // namespace open311_conformance
