#pragma once
// 练习打字: a place to try the keyboards before filing a case — pinyin, handwriting, digits and
// the quick phrases. Staff use it to teach (手把手). Nothing typed here is kept or sent; it is
// wiped with the session like everything else.
#include "ui/screen.h"
#include "ui/text_entry_panel.h"

namespace kiosk::ui {

class TypingPracticeScreen final : public Screen {
public:
    static constexpr const char* kField = "practice";
    std::string_view titleKey() const override { return "practice.title"; }
    std::string_view textField(const AppView& /*view*/) const override { return kField; }
    void drawContent(ScreenContext& ctx) override;

private:
    TextEntryPanel panel_;
};

}  // namespace kiosk::ui
