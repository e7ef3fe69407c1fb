#include "widgets/letter_keypad.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {
float keyHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.8f));
}
int letterRows(int columns) {
    return (26 + columns - 1) / columns;
}
}  // namespace

float letterKeypadHeight(int columns, ImFont* font) {
    const int rows = letterRows(columns) + 1;  // the last row holds 删除 and 清空
    return static_cast<float>(rows) * keyHeight(font) + static_cast<float>(rows - 1) * kTouchSpacing;
}

KeypadPress letterKeypad(const std::string& id, float width, int columns, ImFont* font, const KeypadLabels& labels) {
    KeypadPress press;
    const UnspokenKeys unspoken;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float keyW = (width - kTouchSpacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float keyH = keyHeight(font);
    for (int i = 0; i < 26; ++i) {
        const float x = origin.x + static_cast<float>(i % columns) * (keyW + kTouchSpacing);
        const float y = origin.y + static_cast<float>(i / columns) * (keyH + kTouchSpacing);
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const char upper[2] = {static_cast<char>('A' + i), 0};
        if (bigButton(id + "." + static_cast<char>('a' + i), upper, ImVec2(keyW, keyH), ButtonKind::Secondary, font)) {
            press.letter = static_cast<char>('a' + i);
        }
    }
    const float lastY = origin.y + static_cast<float>(letterRows(columns)) * (keyH + kTouchSpacing);
    const float actionW = (width - kTouchSpacing) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, lastY));
    press.erase = bigButton(id + ".erase", labels.erase, ImVec2(actionW, keyH), ButtonKind::Secondary, font);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + actionW + kTouchSpacing, lastY));
    press.clear = bigButton(id + ".clear", labels.clear, ImVec2(actionW, keyH), ButtonKind::Secondary, font);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, lastY + keyH));
    ImGui::Dummy(ImVec2(width, 0));
    return press;
}

}  // namespace kiosk::widgets
