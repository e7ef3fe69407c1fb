#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// Shown instead of starting half-configured: plain words for residents, details for the operator.
class OperatorErrorScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "operator_error.title"; }
    bool showsTopBar() const override { return false; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
