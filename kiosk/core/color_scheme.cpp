#include "core/color_scheme.h"

namespace kiosk::core {

std::optional<ColorScheme> colorSchemeFromName(std::string_view name) {
    if (name == "standard") return ColorScheme::Standard;
    if (name == "high_contrast") return ColorScheme::HighContrast;
    return std::nullopt;
}

std::string_view colorSchemeName(ColorScheme scheme) {
    return scheme == ColorScheme::HighContrast ? "high_contrast" : "standard";
}

}  // namespace kiosk::core
