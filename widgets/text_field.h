#pragma once
// A text field for the on-screen keyboards: the text in large type, wrapped, with a steady caret
// (no blinking: the kiosk draws only when something changes), the pinyin being composed shown
// underlined at the caret, and a length counter. Tapping it returns true.
#include <imgui.h>

#include <string>

namespace kiosk::widgets {

struct TextFieldContent {
    const std::u32string* text = nullptr;
    std::size_t caret = 0;
    std::string composing;    // pinyin letters not yet turned into hanzi
    std::string placeholder;  // shown, muted, while the field is empty
    std::string counter;      // "12 / 500"
};

// `counterFont` draws the counter (smaller than the text: it is secondary).
// The least height that shows `lines` lines of typed text in `font` (the counter beside the last).
float textFieldHeight(ImFont* font, int lines);

bool textField(const std::string& id, const std::string& label, const TextFieldContent& content, ImVec2 size,
               ImFont* font, ImFont* counterFont);

}  // namespace kiosk::widgets
