#include "widgets/pinyin_keyboard.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

float keyHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.7f));
}

}  // namespace

float pinyinKeyboardHeight(ImFont* font) {
    return 3 * keyHeight(font) + 2 * kTouchSpacing;
}

KeypadPress pinyinKeyboard(const std::string& id, float width, ImFont* font, const std::string& eraseLabel) {
    KeypadPress press;
    const UnspokenKeys unspoken;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float keyW = std::max(kMinKeyWidth, std::floor((width - 9 * kTouchSpacing) / 10));
    const float keyH = keyHeight(font);
    const float step = keyW + kTouchSpacing;
    // Rows start half a key further right each time, as printed on every keyboard.
    static const char* const kRows[3] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    for (int row = 0; row < 3; ++row) {
        const float y = origin.y + static_cast<float>(row) * (keyH + kTouchSpacing);
        const float indent = static_cast<float>(row) * step * 0.5f;
        const std::string letters = kRows[row];
        for (std::size_t i = 0; i < letters.size(); ++i) {
            ImGui::SetCursorScreenPos(ImVec2(origin.x + indent + static_cast<float>(i) * step, y));
            const std::string letter(1, letters[i]);
            if (keyButton(id + ".key." + letter, letter, ImVec2(keyW, keyH), ButtonKind::Secondary, font)) {
                press.letter = letters[i];
            }
        }
        if (row == 2) {
            // 删除 fills the rest of the last row: the key pressed most after the letters.
            const float x = origin.x + indent + static_cast<float>(letters.size()) * step;
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (keyButton(id + ".erase", eraseLabel, ImVec2(origin.x + width - x, keyH), ButtonKind::Secondary, font)) {
                press.erase = true;
            }
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + pinyinKeyboardHeight(font)));
    ImGui::Dummy(ImVec2(width, 0));
    return press;
}

}  // namespace kiosk::widgets
