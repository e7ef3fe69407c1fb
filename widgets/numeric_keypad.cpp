#include "widgets/numeric_keypad.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {
float keyHeight(ImFont* font) {
    return std::max(kNumericKeyMin, std::round(font->FontSize * 1.7f));
}
}  // namespace

float numericKeypadHeight(ImFont* font, int columns) {
    const int rows = columns == 6 ? 2 : 4;
    return static_cast<float>(rows) * keyHeight(font) + static_cast<float>(rows - 1) * kTouchSpacing;
}

NumericPress numericKeypad(const std::string& id, float width, ImFont* font, const std::string& eraseLabel,
                           const std::string& clearLabel, int columns) {
    NumericPress press;
    const UnspokenKeys unspoken;
    columns = columns == 6 ? 6 : 3;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float cols = static_cast<float>(columns);
    const float keyW = std::max(kNumericKeyMin, (width - (cols - 1) * kTouchSpacing) / cols);
    const float keyH = keyHeight(font);
    // Phone layout (1 2 3 on top), as on every mobile phone the resident has held.
    static const char* const kPhoneKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "clear"};
    static const char* const kWideKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "clear", "erase"};
    const char* const* keys = columns == 6 ? kWideKeys : kPhoneKeys;
    for (int i = 0; i < 12; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(i % columns) * (keyW + kTouchSpacing),
                                         origin.y + static_cast<float>(i / columns) * (keyH + kTouchSpacing)));
        const std::string key = keys[i];
        const bool isErase = key == "erase";
        const bool isClear = key == "clear";
        const std::string& label = isErase ? eraseLabel : isClear ? clearLabel : key;
        if (bigButton(id + "." + key, label, ImVec2(keyW, keyH), ButtonKind::Secondary, font)) {
            if (isErase)
                press.erase = true;
            else if (isClear)
                press.clear = true;
            else
                press.digit = key[0];
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + numericKeypadHeight(font, columns)));
    ImGui::Dummy(ImVec2(width, 0));
    return press;
}

}  // namespace kiosk::widgets
