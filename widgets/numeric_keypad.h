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

// Draws at the cursor within `width`; returns what was pressed this frame. `columns` is 3 (the
// phone layout, 4 rows) or 6 (two rows, for a wide screen: 1–6, then 7 8 9 0, the right-hand key
// and 删除). The right-hand key reports `clear`; its label says what it does (清空, or "-").
NumericPress numericKeypad(const std::string& id, float width, ImFont* font, const std::string& eraseLabel,
                           const std::string& clearLabel, int columns = 3);
float numericKeypadHeight(ImFont* font, int columns = 3);

}  // namespace kiosk::widgets
