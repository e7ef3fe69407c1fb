#include "core/json_integer.h"

namespace kiosk::core {

std::optional<std::int64_t> jsonInteger(const nlohmann::json& value, IntegerRange range) {
    if (value.is_number_unsigned()) {
        // Compared as unsigned first: an unsigned value past INT64_MAX must not wrap.
        const auto n = value.get<std::uint64_t>();
        if (range.max < 0 || n > static_cast<std::uint64_t>(range.max)) return std::nullopt;
        const auto v = static_cast<std::int64_t>(n);
        return v >= range.min ? std::optional<std::int64_t>(v) : std::nullopt;
    }
    if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        return v >= range.min && v <= range.max ? std::optional<std::int64_t>(v) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::int64_t> jsonInteger(const nlohmann::json& object, const char* key, IntegerRange range) {
    if (!object.is_object()) return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    return jsonInteger(*it, range);
}

}  // namespace kiosk::core
