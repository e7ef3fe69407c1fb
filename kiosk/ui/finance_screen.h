#pragma once
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// 财务公开: the month's income and spending lines with totals and the balance, and a bar chart of
// spending by category (drawn with ImDrawList: Debian has no ImPlot).
class FinanceScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "finances.title"; }
    void onEnter() override { scroll_.reset(); }
    void drawContent(ScreenContext& ctx) override;

private:
    widgets::KineticScroll scroll_;  // the table scrolls when it is taller than the screen
};

}  // namespace kiosk::ui
