#include "core/json_text.h"

namespace kiosk::core {

std::string checkJsonText(const nlohmann::json& item, const char* key, Lines lines, std::size_t maxChars,
                          bool required) {
    const std::string field = std::string("'") + key + "' ";
    if (!item.is_object() || !item.contains(key))
        return required ? "missing '" + std::string(key) + "'" : std::string{};
    if (!item[key].is_string()) return field + "is not text";
    if (auto problem = textProblem(item[key].get_ref<const std::string&>(), lines, maxChars, required)) {
        return field + *problem;
    }
    return {};
}

}  // namespace kiosk::core
