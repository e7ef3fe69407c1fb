#include "request_head.h"

namespace kiosk::server {
namespace {

// Content-Length as RFC 9110 has it: digits only. nullopt for anything else (a sign, spaces,
// a list, more digits than any body we take could need).
std::optional<std::uint64_t> parseLength(const std::string& text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

}  // namespace

std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req) {
    if (req.get_header_value_count("Content-Length") != 1) return std::nullopt;
    return parseLength(req.get_header_value("Content-Length"));
}

std::optional<HeadRefusal> refuseFromHead(const httplib::Request& req, const BodyRules& rules) {
    const bool takesBody = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (req.has_header("Transfer-Encoding")) {
        // cpp-httplib reads a chunked body whole, with no cap; a client can always send a length.
        return HeadRefusal{411, "a request body needs a Content-Length (chunked bodies are not taken)"};
    }
    const std::size_t lengths = req.get_header_value_count("Content-Length");
    if (lengths > 1) return HeadRefusal{400, "Content-Length is given more than once"};
    std::uint64_t length = 0;
    if (lengths == 1) {
        const auto parsed = parseLength(req.get_header_value("Content-Length"));
        if (!parsed) return HeadRefusal{400, "Content-Length is not a number"};
        length = *parsed;
    } else if (takesBody) {
        // cpp-httplib would read until the client closes the connection.
        return HeadRefusal{411, "a request body needs a Content-Length"};
    }
    if (!takesBody) {
        // No route here takes a body by GET, HEAD, OPTIONS or DELETE, and cpp-httplib does not read
        // a GET's: it would be taken for the next request on the connection.
        if (length > 0) return HeadRefusal{400, "a " + req.method + " request has no body"};
        return std::nullopt;
    }
    if (req.has_header("Content-Encoding") && req.get_header_value("Content-Encoding") != "identity") {
        return HeadRefusal{415, "compressed request bodies are not taken"};
    }
    if (length == 0) return std::nullopt;  // nothing to read: the handler answers as for any request
    if (auto refusal = rules.admitBody(req)) return refusal;
    if (length > rules.capOf(req)) return HeadRefusal{413, "request body too large"};
    return std::nullopt;
}

}  // namespace kiosk::server
