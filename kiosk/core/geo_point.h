#pragma once
// A place on the earth as Open311 carries it: WGS84 latitude and longitude in decimal degrees
// ("31.2304", "-121.4737"). Read strictly — an optional '-', 1 to 3 digits, optionally '.' and
// 1 to 20 digits (room for a double printed in full) — never what a lenient strtod would also
// take ("NaN", "inf", "0x1F", "3e1").
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

struct GeoPoint {
    double latitude = 0;   // -90..90
    double longitude = 0;  // -180..180
};

// A decimal degree within -limit..limit, or nothing.
std::optional<double> parseDegrees(std::string_view text, double limit);
// "31.2304,121.4737" (latitude first, as a map shows it), or nothing.
std::optional<GeoPoint> parseGeoPoint(std::string_view text);
// A degree as Open311 sends it: six decimals (about 10 cm), no exponent.
std::string degreesText(double degrees);

}  // namespace kiosk::core
