#include "core/geo_point.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kiosk::core {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::optional<double> parseDegrees(std::string_view text, double limit) {
    std::size_t at = 0;
    if (at < text.size() && text[at] == '-') ++at;
    const std::size_t whole = at;
    while (at < text.size() && isDigit(text[at])) ++at;
    if (at == whole || at - whole > 3) return std::nullopt;
    if (at < text.size()) {
        if (text[at] != '.') return std::nullopt;
        const std::size_t fraction = ++at;
        while (at < text.size() && isDigit(text[at])) ++at;
        if (at == fraction || at - fraction > 20 || at != text.size()) return std::nullopt;
    }
    // The text is now known to be plain decimal; from_chars reads it without the locale.
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    if (value < -limit || value > limit) return std::nullopt;
    return value;
}

std::optional<GeoPoint> parseGeoPoint(std::string_view text) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    const auto latitude = parseDegrees(text.substr(0, comma), 90);
    const auto longitude = parseDegrees(text.substr(comma + 1), 180);
    if (!latitude || !longitude) return std::nullopt;
    return GeoPoint{*latitude, *longitude};
}

std::string degreesText(double degrees) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", degrees);
    return text;
}

}  // namespace kiosk::core
