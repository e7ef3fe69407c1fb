#pragma once
// 扫码: the camera's picture with a guide frame, what to do in plain words, and what became of
// the last code held up. A code that opens something never stays here: the app moves on.
#include "ui/screen.h"

namespace kiosk::ui {

class ScanScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "scan.title"; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
