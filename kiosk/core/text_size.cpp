#include "core/text_size.h"

namespace kiosk::core {

float textScale(TextSize size) {
    switch (size) {
        case TextSize::Large: return 1.25f;
        case TextSize::ExtraLarge: return 1.5f;
        case TextSize::Standard:
        default: return 1.0f;
    }
}

float controlScale(TextSize size) {
    return 1.0f + (textScale(size) - 1.0f) * 0.5f;
}

TextSize nextTextSize(TextSize size) {
    switch (size) {
        case TextSize::Standard: return TextSize::Large;
        case TextSize::Large: return TextSize::ExtraLarge;
        case TextSize::ExtraLarge:
        default: return TextSize::Standard;
    }
}

TextSize smallerTextSize(TextSize size) {
    switch (size) {
        case TextSize::ExtraLarge: return TextSize::Large;
        case TextSize::Large:
        case TextSize::Standard:
        default: return TextSize::Standard;
    }
}

std::optional<TextSize> textSizeFromName(std::string_view name) {
    if (name == "standard") return TextSize::Standard;
    if (name == "large") return TextSize::Large;
    if (name == "extra_large") return TextSize::ExtraLarge;
    return std::nullopt;
}

std::string_view textSizeName(TextSize size) {
    switch (size) {
        case TextSize::Large: return "large";
        case TextSize::ExtraLarge: return "extra_large";
        case TextSize::Standard:
        default: return "standard";
    }
}

}  // namespace kiosk::core
