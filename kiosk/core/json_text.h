#pragma once
// Checking a text field of a content record as it arrived (bundled files, the platform's feeds).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::core {

// "" when item[key] is valid UTF-8 text of at most `maxChars` characters (and not empty when
// required); otherwise why not, naming the field but never quoting its value.
std::string checkJsonText(const nlohmann::json& item, const char* key, std::size_t maxChars, bool required);

}  // namespace kiosk::core
