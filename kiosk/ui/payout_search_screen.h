#pragma once
#include <vector>

#include "core/disclosures.h"
#include "ui/screen.h"
#include "ui/text_entry_panel.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// The search field's name: what is typed there is the name asked for (core::nameQueryFrom).
inline constexpr const char* kPayoutSearchField = "search.name";

// 按姓名查找: the name as the resident gives it — pinyin initials or full pinyin, or the whole
// name in characters (chosen from the pinyin candidates or handwritten) — on the keyboards every
// text field has. Matching payouts of the chosen community and month appear above it (portrait),
// names masked, or on the screen's whole height after 查看结果.
class PayoutSearchScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "search.title"; }
    std::string_view textField(const AppView& /*view*/) const override { return kPayoutSearchField; }
    void onEnter() override {
        scroll_.reset();
        showingResults_ = false;
    }
    void drawContent(ScreenContext& ctx) override;

private:
    void drawResults(ScreenContext& ctx, const std::vector<const core::Payout*>& rows, ImVec2 at, ImVec2 size);
    // 查看结果 / 继续输入 at `at`: tapped, it swaps the results and the keyboard.
    void drawShowResultsButton(ScreenContext& ctx, ImVec2 at, float width);
    float showResultsWidth(const ScreenContext& ctx) const;

    TextEntryPanel panel_;
    widgets::KineticScroll scroll_;
    std::string shownQuery_;
    bool showingResults_ = false;  // the results in place of the keyboard
};

}  // namespace kiosk::ui
