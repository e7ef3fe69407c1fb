#pragma once
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// 补贴发放: the payouts of one community and month, names masked, filterable by type.
class PayoutListScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "payouts.title"; }
    void onEnter() override { scroll_.reset(); }
    void drawContent(ScreenContext& ctx) override;

private:
    widgets::KineticScroll scroll_;
    std::string shownKey_;  // community|period|type of the list shown: a new list starts at the top
};

}  // namespace kiosk::ui
