#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// The unattended display: one announcement at a time, full screen, and "轻触屏幕开始".
class AttractScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "attract.title"; }
    bool showsTopBar() const override { return false; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
