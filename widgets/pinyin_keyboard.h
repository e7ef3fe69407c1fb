#pragma once
// The letter keyboard for pinyin: lowercase letters (pinyin is written in lowercase at school)
// and 删除 at the end. Where the width holds ten keys of a touch target's width a row, it is
// QWERTY, as on the phones residents have seen; where it does not (portrait), the letters go in
// alphabetical order in fewer, wider columns (many older users do not know QWERTY) — a key narrower than a
// finger is the worse trap.
#include <imgui.h>

#include <string>

namespace kiosk::widgets {

struct KeypadPress {
    char letter = 0;     // 'a'..'z' when a letter was pressed
    bool erase = false;  // 删除: the last letter (or character)
};

// Draws at the cursor within `width`. Keys are at least 96 px high and 96 px wide.
KeypadPress pinyinKeyboard(const std::string& id, float width, ImFont* font, const std::string& eraseLabel);
float pinyinKeyboardHeight(float width, ImFont* font);

}  // namespace kiosk::widgets
