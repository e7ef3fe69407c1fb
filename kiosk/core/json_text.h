#pragma once
// Checking a text field of a record as it arrived (bundled files, the platform's feeds and
// answers) by the one text rule (core/text_rule.h).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text_rule.h"

namespace kiosk::core {

// "" when item[key] is text by the rule, of at most `maxChars` characters (and not empty when
// required; absent is empty); otherwise why not, naming the field but never quoting its value.
std::string checkJsonText(const nlohmann::json& item, const char* key, Lines lines, std::size_t maxChars,
                          bool required);

}  // namespace kiosk::core
