#pragma once
// WCAG 2.x relative luminance and contrast ratio, for checking the theme in unit tests.
#include <cstdint>

namespace kiosk::core {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

constexpr Rgb rgbFromHex(std::uint32_t hex) {
    return Rgb{static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8),
               static_cast<std::uint8_t>(hex)};
}

double relativeLuminance(Rgb c);
double contrastRatio(Rgb a, Rgb b);  // 1.0 .. 21.0, order does not matter

}  // namespace kiosk::core
