#pragma once
// A QR code for phones (the receipt's tracking link, the unattended display's codes, a notice's
// "continue on your phone"). Drawn as rectangles on ImGui's draw list rather than uploaded as a texture:
// no GPU memory, no upload path, crisp at any size, and the same in the headless UI driver.
// Modules are whole pixels (an uneven module grid is what makes phone cameras fail), dark on
// white with a 4-module quiet zone whatever the colour scheme — phones read dark on light.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

// At the cursor, at most `side` px square (quiet zone included); reserves its space. Encodes a
// text once and keeps the last few. Returns false, drawing nothing, for a text no QR code holds.
bool qrCode(std::string_view id, std::string_view text, float side);

}  // namespace kiosk::widgets
