#pragma once
// A 3×4 numeric keypad for phone numbers, tracking codes and PINs: 1–9, then 删除, 0, 清空.
// Keys are at least 120 px (larger than the 96 px minimum: digits are typed in a row, fast).
#include <imgui.h>

#include <string>

namespace kiosk::widgets {

struct NumericPress {
    char digit = 0;      // '0'..'9' when a digit was pressed
    bool erase = false;  // 删除: the last digit
    bool clear = false;  // 清空: all digits
};

constexpr float kNumericKeyMin = 120.0f;

// Draws at the cursor within `width`; returns what was pressed this frame.
NumericPress numericKeypad(const std::string& id, float width, ImFont* font, const std::string& eraseLabel,
                           const std::string& clearLabel);
float numericKeypadHeight(ImFont* font);

}  // namespace kiosk::widgets
