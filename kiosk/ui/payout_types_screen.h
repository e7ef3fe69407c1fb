#pragma once
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// 选择补贴类型: one large choice per type present this month, each with its count and total
// (so it doubles as the month's totals by type), plus 全部类型. Pages by whole rows when they do
// not all fit.
class PayoutTypesScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "payouts.types_title"; }
    void onEnter() override { scroll_.reset(); }
    void drawContent(ScreenContext& ctx) override;

private:
    widgets::KineticScroll scroll_;
};

}  // namespace kiosk::ui
