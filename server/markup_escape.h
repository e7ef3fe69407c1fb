#pragma once
// Text made safe inside XML and HTML, in element text and quoted attribute values alike: the
// Open311 XML answers and the fleet page escape with this one rule.
#include <string>

namespace kiosk::server {

std::string markupEscaped(const std::string& text);

}  // namespace kiosk::server
