#pragma once
// 工作人员: the PIN screen the hidden corner hold opens, and the staff menu behind it.
#include "ui/screen.h"

namespace kiosk::ui {

// The PIN on a digit keypad, shown as dots; why a PIN was refused; the lock after 5 wrong.
class StaffPinScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "staff.pin.title"; }
    void drawContent(ScreenContext& ctx) override;
};

// What staff can do once the PIN was right.
class StaffMenuScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "staff.menu.title"; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
