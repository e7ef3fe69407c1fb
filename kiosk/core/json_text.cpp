#include "core/json_text.h"

#include "core/utf8.h"

namespace kiosk::core {

std::string checkJsonText(const nlohmann::json& item, const char* key, std::size_t maxChars, bool required) {
    if (!item.contains(key)) return required ? std::string("missing '") + key + "'" : std::string{};
    if (!item[key].is_string()) return std::string("'") + key + "' is not text";
    const auto& text = item[key].get_ref<const std::string&>();
    if (!isValidUtf8(text)) return std::string("'") + key + "' is not valid UTF-8";
    if (required && text.empty()) return std::string("'") + key + "' is empty";
    if (decodeUtf8(text).size() > maxChars) {
        return std::string("'") + key + "' is longer than " + std::to_string(maxChars) + " characters";
    }
    return {};
}

}  // namespace kiosk::core
