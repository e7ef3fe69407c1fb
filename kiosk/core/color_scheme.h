#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// The resident's colours: the standard theme or 黑底白字 (high contrast). Like the text size it
// belongs to the session and goes back to the configured default when the session ends.
enum class ColorScheme { Standard, HighContrast };

std::optional<ColorScheme> colorSchemeFromName(std::string_view name);  // "standard" | "high_contrast"
std::string_view colorSchemeName(ColorScheme scheme);

}  // namespace kiosk::core
