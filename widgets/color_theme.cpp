#include "widgets/color_theme.h"

namespace kiosk::widgets {
namespace {
const ColorTheme* current = &kStandardTheme;
}  // namespace

const ColorTheme& theme() {
    return *current;
}

void useTheme(const ColorTheme& theme) {
    current = &theme;
}

}  // namespace kiosk::widgets
