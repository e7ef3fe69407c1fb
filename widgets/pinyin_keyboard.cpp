#include "widgets/pinyin_keyboard.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

constexpr int kQwertyColumns = 10;

float keyHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.3f));
}

bool qwertyFits(float width) {
    return (width - (kQwertyColumns - 1) * kTouchSpacing) / kQwertyColumns >= kMinTouchTarget;
}

// Alphabetical: as many columns of touch-target-wide keys as fit (at most 9, so the rows stay
// few and 删除 keeps its room after z).
int alphabeticalColumns(float width) {
    const int fit = static_cast<int>((width + kTouchSpacing) / (kMinTouchTarget + kTouchSpacing));
    return std::clamp(fit, 4, 9);
}

int rowCount(float width) {
    if (qwertyFits(width)) return 3;
    return (26 + 1 + alphabeticalColumns(width) - 1) / alphabeticalColumns(width);  // 26 letters and 删除
}

}  // namespace

float pinyinKeyboardHeight(float width, ImFont* font) {
    const int rows = rowCount(width);
    return static_cast<float>(rows) * keyHeight(font) + static_cast<float>(rows - 1) * kTouchSpacing;
}

KeypadPress pinyinKeyboard(const std::string& id, float width, ImFont* font, const std::string& eraseLabel) {
    KeypadPress press;
    const UnspokenKeys unspoken;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float keyH = keyHeight(font);
    auto letterKey = [&](char letter, ImVec2 at, float keyW) {
        ImGui::SetCursorScreenPos(at);
        const std::string label(1, letter);
        if (keyButton(id + ".key." + label, label, ImVec2(keyW, keyH), ButtonKind::Secondary, font)) {
            press.letter = letter;
        }
    };
    auto eraseKey = [&](ImVec2 at) {
        ImGui::SetCursorScreenPos(at);
        if (keyButton(id + ".erase", eraseLabel, ImVec2(origin.x + width - at.x, keyH), ButtonKind::Secondary, font)) {
            press.erase = true;
        }
    };
    if (qwertyFits(width)) {
        const float keyW = std::floor((width - (kQwertyColumns - 1) * kTouchSpacing) / kQwertyColumns);
        const float step = keyW + kTouchSpacing;
        // Rows start half a key further right each time, as printed on every keyboard; 删除 fills
        // the rest of the last row: the key pressed most after the letters.
        static const char* const kRows[3] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        for (int row = 0; row < 3; ++row) {
            const float y = origin.y + static_cast<float>(row) * (keyH + kTouchSpacing);
            const float indent = static_cast<float>(row) * step * 0.5f;
            const std::string letters = kRows[row];
            for (std::size_t i = 0; i < letters.size(); ++i) {
                letterKey(letters[i], ImVec2(origin.x + indent + static_cast<float>(i) * step, y), keyW);
            }
            if (row == 2) eraseKey(ImVec2(origin.x + indent + static_cast<float>(letters.size()) * step, y));
        }
    } else {
        const int columns = alphabeticalColumns(width);
        const float keyW = std::floor((width - static_cast<float>(columns - 1) * kTouchSpacing) / columns);
        auto at = [&](int i) {
            return ImVec2(origin.x + static_cast<float>(i % columns) * (keyW + kTouchSpacing),
                          origin.y + static_cast<float>(i / columns) * (keyH + kTouchSpacing));
        };
        for (int i = 0; i < 26; ++i) letterKey(static_cast<char>('a' + i), at(i), keyW);
        eraseKey(at(26));  // after z, to the row's end
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + pinyinKeyboardHeight(width, font)));
    ImGui::Dummy(ImVec2(width, 0));
    return press;
}

}  // namespace kiosk::widgets
