#pragma once
// 字号、颜色和音量: the three ways a resident makes the kiosk easier to see and hear, on one page
// opened from the top bar's 颜色音量 button. Each choice applies at once (the page itself is the
// preview; a new volume is heard at once) and lasts until the session ends.
#include "ui/screen.h"

namespace kiosk::ui {

class DisplaySettingsScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "display.title"; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
