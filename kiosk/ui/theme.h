#pragma once

namespace kiosk::ui {

// Dear ImGui style for a touch kiosk: no window chrome, no padding we did not ask for, no hover
// colours (touch has none). Colours come from widgets/color_theme.h.
void applyKioskStyle();

}  // namespace kiosk::ui
