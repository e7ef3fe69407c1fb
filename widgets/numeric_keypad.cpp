#include "widgets/numeric_keypad.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"

namespace kiosk::widgets {
namespace {
float keyHeight(ImFont* font) {
    return std::max(kNumericKeyMin, std::round(font->FontSize * 2.1f));
}
}  // namespace

float numericKeypadHeight(ImFont* font) {
    return 4 * keyHeight(font) + 3 * kTouchSpacing;
}

NumericPress numericKeypad(const std::string& id, float width, ImFont* font, const std::string& eraseLabel,
                           const std::string& clearLabel) {
    NumericPress press;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float keyW = std::max(kNumericKeyMin, (width - 2 * kTouchSpacing) / 3);
    const float keyH = keyHeight(font);
    // Phone layout (1 2 3 on top), as on every mobile phone the resident has held.
    static const char* const kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "clear"};
    for (int i = 0; i < 12; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(i % 3) * (keyW + kTouchSpacing),
                                         origin.y + static_cast<float>(i / 3) * (keyH + kTouchSpacing)));
        const std::string key = kKeys[i];
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
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + numericKeypadHeight(font)));
    ImGui::Dummy(ImVec2(width, 0));
    return press;
}

}  // namespace kiosk::widgets
