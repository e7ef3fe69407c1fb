#include "route_answers.h"

#include <openssl/crypto.h>

namespace kiosk::server {

Format formatOfPath(const std::string& path) {
    return path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0 ? Format::Xml : Format::Json;
}

Format formatOf(const httplib::Request& req) {
    return formatOfPath(req.path);
}

void answer(httplib::Response& res, Format format, int status, const std::string& body) {
    res.status = status;
    res.set_content(body, contentType(format));
}

void fail(httplib::Response& res, Format format, int status, const std::string& description) {
    answer(res, format, status, errorsBody(format, {{status, description}}));
}

std::string textOf(const nlohmann::json& body, const char* key) {
    const auto it = body.is_object() ? body.find(key) : body.end();
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool sameSecret(const std::string& a, const std::string& b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace kiosk::server
