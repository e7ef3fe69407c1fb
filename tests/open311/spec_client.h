#pragma once
// A generic GeoReport v2 client of the tests' own: plain libcurl, pugixml for XML and nlohmann
// for JSON, and nothing of the kiosk's code. It knows only what the spec says: the endpoint, the
// format extension, form-encoded POSTs with api_key, and the answers' documented shapes.
#include <pugixml.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace open311_conformance {

struct Answer {
    long status = 0;  // 0: no HTTP answer at all
    std::string contentType;
    std::string body;
};

using Fields = std::vector<std::pair<std::string, std::string>>;

// One element of an answer's list (a service, a request, an error…) as name → text, in the
// order the elements came, whatever the format.
struct Item {
    std::vector<std::pair<std::string, std::string>> fields;
    const std::string* get(const std::string& name) const;
    std::string text(const std::string& name) const;  // "" when absent or null
    std::vector<std::string> names() const;
};

class SpecClient {
public:
    SpecClient(std::string endpoint, std::string caPath) : endpoint_(std::move(endpoint)), ca_(std::move(caPath)) {}

    // GET endpoint + path (e.g. "/services.xml") with query fields, percent-encoded.
    Answer get(const std::string& path, const Fields& query = {}) const;
    // POST endpoint + path with an application/x-www-form-urlencoded body.
    Answer post(const std::string& path, const Fields& form) const;
    // A request with any method and body, for the admin side of the reference server.
    Answer send(const std::string& method, const std::string& url, const std::string& body,
                const std::vector<std::string>& headers) const;

    static std::string encode(const Fields& fields);

private:
    std::string endpoint_;
    std::string ca_;
};

// An answer's list: the XML root's element children, or the JSON array's objects. A body that
// is neither (or, in XML, not well-formed) gives `ok == false`.
struct ItemList {
    bool ok = false;
    std::string root;  // XML: the root element's name; JSON: "[]"
    std::vector<Item> items;
    std::vector<std::string> itemNames;  // XML: each child's element name
};
ItemList readList(const std::string& body, bool xml);

// For XML: the declaration the spec requires (`<?xml version="1.0" encoding="UTF-8"?>`).
bool hasUtf8Declaration(const std::string& body);

}  // namespace open311_conformance
