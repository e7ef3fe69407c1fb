// The numeric keypad typed on as a resident would, hosted by a small test screen (the case flow
// will host it for real): digits grouped 138 0013 8000 and plain-words checks.
#include <gtest/gtest.h>

#include "core/phone_number.h"
#include "support/headless_ui.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/text.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

class PhoneEntryScreen final : public ui::Screen {
public:
    std::string_view titleKey() const override { return "home.title"; }
    void drawContent(ui::ScreenContext& ctx) override {
        const float width = std::min(ctx.layout.contentMax.x - ctx.layout.contentMin.x, 900.0f);
        const ImU32 ink = widgets::toImColor(widgets::theme().text);
        widgets::textBlock(ctx.fonts.title, ink, core::groupMobile(digits), width);  // large echo
        const core::PhoneCheck check = core::checkMobile(digits);
        widgets::textBlock(ctx.fonts.body, ink,
                           check == core::PhoneCheck::Valid ? ctx.strings.get("phone.ok")
                                                            : ctx.strings.get(core::phoneCheckMessageKey(check)),
                           width);
        const widgets::NumericPress press = widgets::numericKeypad(
            "phone.key", width, ctx.fonts.title, ctx.strings.get("keypad.erase"), ctx.strings.get("keypad.clear"));
        if (press.digit) core::appendDigit(digits, press.digit);
        if (press.erase && !digits.empty()) digits.pop_back();
        if (press.clear) digits.clear();
    }
    std::string digits;
};

TEST(NumericKeypad, TypeAPhoneNumber) {
    HeadlessUi ui;
    auto screen = std::make_unique<PhoneEntryScreen>();
    PhoneEntryScreen* phone = screen.get();
    ui.app().replaceScreenForTest(core::ScreenId::Home, std::move(screen));
    ASSERT_EQ(ui.tap("attract.wake"), "");
    EXPECT_TRUE(ui.showsText("请输入手机号码。"));
    std::string script;
    for (char c : std::string("1380013800")) script += std::string("tap phone.key.") + c + "\n";
    ASSERT_EQ(ui.run(script + "expect text 138 0013 800\nexpect text 还没有输完"), "");
    ASSERT_EQ(ui.run("tap phone.key.0\nexpect text 138 0013 8000\nexpect text 号码格式正确"), "");
    EXPECT_EQ(phone->digits, "13800138000");
    ASSERT_EQ(ui.run("tap phone.key.5\nexpect text 138 0013 8000"), "");  // the 12th digit is ignored
    ASSERT_EQ(ui.run("tap 删除\nexpect text 138 0013 800\ntap 清空\nexpect text 请输入手机号码"), "");
    // Keys are at least 120 px: typed in a row, by older fingers.
    for (const auto& w : ui.app().registry().widgets()) {
        if (w.id.rfind("phone.key.", 0) == 0) {
            EXPECT_GE(w.max.y - w.min.y, widgets::kNumericKeyMin) << w.id;
        }
    }
}

TEST(NumericKeypad, WrongPrefixIsExplainedInPlainWords) {
    HeadlessUi ui;
    ui.app().replaceScreenForTest(core::ScreenId::Home, std::make_unique<PhoneEntryScreen>());
    std::string script = "tap attract.wake\n";
    for (char c : std::string("12800138000")) script += std::string("tap phone.key.") + c + "\n";
    ASSERT_EQ(ui.run(script + "expect text 这个号码不像手机号码"), "");
}

}  // namespace
}  // namespace kiosk
