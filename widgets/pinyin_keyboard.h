#pragma once
// The QWERTY letter keyboard for pinyin, as on the phones residents have seen: three rows of
// lowercase letters (pinyin is written in lowercase at school) and 删除 at the end of the last.
#include <imgui.h>

#include <string>

#include "widgets/letter_keypad.h"  // KeypadPress: the same presses (it has no 清空)

namespace kiosk::widgets {

// Draws at the cursor within `width`. Keys are at least 96 px high and kMinKeyWidth wide.
KeypadPress pinyinKeyboard(const std::string& id, float width, ImFont* font, const std::string& eraseLabel);
float pinyinKeyboardHeight(ImFont* font);

}  // namespace kiosk::widgets
