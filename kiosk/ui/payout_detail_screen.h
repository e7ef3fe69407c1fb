#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// 发放详情: one payout in large label/value rows, the name still masked.
class PayoutDetailScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "payout_detail.title"; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
