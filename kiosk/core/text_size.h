#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// The resident's text size (大字 button in the top bar). It belongs to the session: it goes back
// to the configured default when the session ends.
enum class TextSize { Standard, Large, ExtraLarge };

float textScale(TextSize size);  // 1.0, 1.25, 1.5
// The controls (top bar, keyboards, chips) grow half as much as the text: their labels are short
// and already large, and a screen at 特大 needs its room for what the resident reads.
float controlScale(TextSize size);        // 1.0, 1.125, 1.25
TextSize nextTextSize(TextSize size);     // standard -> large -> extra large -> standard
TextSize smallerTextSize(TextSize size);  // large -> standard, extra large -> large; standard stays
std::optional<TextSize> textSizeFromName(std::string_view name);  // "standard" | "large" | "extra_large"
std::string_view textSizeName(TextSize size);

}  // namespace kiosk::core
