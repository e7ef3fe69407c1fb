#pragma once
// An A–Z keypad in alphabetical order (many older users do not know QWERTY), with 删除 and 清空.
// Keys are at least 96 px and 24 px apart. Returns what was pressed this frame.
#include <imgui.h>

#include <string>

namespace kiosk::widgets {

struct KeypadPress {
    char letter = 0;     // 'a'..'z' when a letter was pressed
    bool erase = false;  // 删除: the last letter
    bool clear = false;  // 清空: all letters
};

struct KeypadLabels {
    std::string erase;
    std::string clear;
};

// Draws at the cursor within `width`; `columns` letters per row. Returns the press, if any.
KeypadPress letterKeypad(const std::string& id, float width, int columns, ImFont* font, const KeypadLabels& labels);

// Height the keypad will take for `columns` letters per row.
float letterKeypadHeight(int columns, ImFont* font);

}  // namespace kiosk::widgets
