#pragma once
// How refserver's routes answer: in the URL's format (Open311's errors for a failure), and the
// small readings of a request every route file shares.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "open311_format.h"

namespace kiosk::server {

// The answer's format is the URL's extension, whatever the answer: `.xml` is XML (the spec's
// required format), anything else JSON.
Format formatOfPath(const std::string& path);
Format formatOf(const httplib::Request& req);

void answer(httplib::Response& res, Format format, int status, const std::string& body);
void fail(httplib::Response& res, Format format, int status, const std::string& description);

// A text field of a JSON body; "" when it is absent or not text (value() would throw on a number).
std::string textOf(const nlohmann::json& body, const char* key);
bool startsWith(const std::string& s, const std::string& prefix);
// Two secrets compared in time that does not depend on where they differ (tokens, keys).
bool sameSecret(const std::string& a, const std::string& b);

}  // namespace kiosk::server
