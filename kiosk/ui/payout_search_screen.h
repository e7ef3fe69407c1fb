#pragma once
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// 按姓名查找: type pinyin initials (or full pinyin) on an A–Z keypad; matching payouts of the
// chosen community and month appear above it, names masked (or, where they do not fit there, on
// the screen's whole height after 查看结果).
class PayoutSearchScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "search.title"; }
    void onEnter() override {
        scroll_.reset();
        showingResults_ = false;
    }
    void drawContent(ScreenContext& ctx) override;

private:
    widgets::KineticScroll scroll_;
    std::string shownQuery_;
    bool showingResults_ = false;  // the results in place of the keypad
};

}  // namespace kiosk::ui
