// 禁则: wrapped Chinese text never starts a line with closing punctuation nor ends one with
// opening punctuation — measured with the kiosk's own CJK font.
#include <gtest/gtest.h>

#include "support/headless_ui.h"
#include "widgets/text.h"

namespace kiosk {
namespace {

// The width of `text` in the body font, plus a hair.
float widthOf(ImFont* font, const std::string& text) {
    return widgets::measureText(font, text).x + 1.0f;
}

TEST(LineBreaking, ClosingPunctuationNeverStartsALine) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    // Five characters fit; the sixth is "。": it would start the next line, so "五" goes with it.
    const auto lines = widgets::wrappedLines(font, "一二三四五。六七", widthOf(font, "一二三四五"));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "一二三四");
    EXPECT_EQ(lines[1], "五。六七");
    // A closing quote and bracket after the break: the same.
    const auto quoted = widgets::wrappedLines(font, "已在本机“补贴发放”中公示（姓名已作保护处理）。",
                                              widthOf(font, "已在本机“补贴发放"));
    for (std::size_t i = 1; i < quoted.size(); ++i) {
        EXPECT_NE(quoted[i].rfind("”", 0), 0u) << quoted[i];
        EXPECT_NE(quoted[i].rfind("）", 0), 0u) << quoted[i];
        EXPECT_NE(quoted[i].rfind("。", 0), 0u) << quoted[i];
    }
}

// The last line is never one character alone with its punctuation ("谢谢 / 您！", "办公 / 室"): the
// line before gives it a companion. A text whose last line holds two keeps its break.
TEST(LineBreaking, NoCharacterStandsAloneOnTheLastLine) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    const auto lines =
        widgets::wrappedLines(font, "您的问题已经收到，谢谢您！", widthOf(font, "您的问题已经收到，谢谢"));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1], "谢您！");
    const auto office = widgets::wrappedLines(font, "街道城市管理办公室", widthOf(font, "街道城市管理办公"));
    ASSERT_EQ(office.size(), 2u);
    EXPECT_EQ(office[1], "公室");
    const auto two = widgets::wrappedLines(font, "一二三四五六七", widthOf(font, "一二三四五"));
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[1], "六七");
}

// A button's name in quotes stays whole ("请点“下一 / 步”" sent him looking for a button 下一):
// the line breaks before its opening quote.
TEST(LineBreaking, AShortQuotedNameStaysWhole) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    const auto lines =
        widgets::wrappedLines(font, "清楚就点“下一步”，不清楚就点重拍。", widthOf(font, "清楚就点“下一"));
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "清楚就点");
    EXPECT_EQ(lines[1].rfind("“下一步”", 0), 0u) << lines[1];
}

TEST(LineBreaking, OpeningPunctuationNeverEndsALine) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    const auto lines = widgets::wrappedLines(font, "匿名（用查询码和密码查进度）", widthOf(font, "匿名（"));
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "匿名");
    EXPECT_EQ(lines[1].rfind("（", 0), 0u) << lines[1];
}

// "受理，1" over "5个工作日内答复" reads as five days: a number stays whole, and with its unit.
TEST(LineBreaking, ANumberStaysWholeAndWithItsUnit) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    const auto days =
        widgets::wrappedLines(font, "在3个工作日内受理，15个工作日内答复", widthOf(font, "在3个工作日内受理，1"));
    ASSERT_GE(days.size(), 2u);
    EXPECT_EQ(days[0], "在3个工作日内受理，");
    EXPECT_EQ(days[1].rfind("15个", 0), 0u) << days[1];
    const auto digits = widgets::wrappedLines(font, "输入手机号后4位", widthOf(font, "输入手机号后4"));
    ASSERT_EQ(digits.size(), 2u);
    EXPECT_EQ(digits[1], "4位");
    const auto money = widgets::wrappedLines(font, "合计16,860.00元", widthOf(font, "合计16,860.0"));
    ASSERT_EQ(money.size(), 2u);
    EXPECT_EQ(money[1], "16,860.00元");
    // A space between a number and its unit does not part them ("10" over "位查询码").
    const auto spaced = widgets::wrappedLines(font, "输入给您的 10 位查询码。", widthOf(font, "输入给您的 10"));
    ASSERT_EQ(spaced.size(), 2u);
    EXPECT_EQ(spaced[0], "输入给您的");
    EXPECT_EQ(spaced[1].rfind("10 位", 0), 0u) << spaced[1];
    // Apart, numbers break at their own space like words ("20261 10267" over two lines).
    const auto code = widgets::wrappedLines(font, "20261 10267", widthOf(font, "20261 1"));
    EXPECT_EQ(code, (std::vector<std::string>{"20261", "10267"}));
}

// "zx" at a line's end and "m" under it is not what he is asked to type: a Latin word stays whole.
TEST(LineBreaking, ALatinWordAmidChineseStaysWhole) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    const auto lines = widgets::wrappedLines(font, "张小明：zxm）或全拼", widthOf(font, "张小明：zx"));
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "张小明：");
    EXPECT_EQ(lines[1].rfind("zxm", 0), 0u) << lines[1];
}

TEST(LineBreaking, OwnLineBreaksAndShortTextStayAsTheyAre) {
    testing::HeadlessUi ui;
    ImFont* font = ui.app().fonts().fonts().body;
    EXPECT_EQ(widgets::wrappedLines(font, "第一行\n第二行", 0.0f), (std::vector<std::string>{"第一行", "第二行"}));
    EXPECT_EQ(widgets::wrappedLines(font, "好。", 2000.0f), std::vector<std::string>{"好。"});
    // Empty text wrapped is one empty line, not a character read past its end.
    EXPECT_EQ(widgets::wrappedLines(font, std::string(), 300.0f), std::vector<std::string>{""});
    EXPECT_EQ(widgets::wrappedLines(font, "甲\n\n乙", 300.0f), (std::vector<std::string>{"甲", "", "乙"}));
    // A run of punctuation longer than the rule moves: the break stays where ImGui put it.
    const auto run = widgets::wrappedLines(font, "一！！！！！", widthOf(font, "一"));
    std::string joined;
    for (const auto& l : run) joined += l;
    EXPECT_EQ(joined, "一！！！！！") << "nothing lost";
    EXPECT_FLOAT_EQ(widgets::measureText(font, "第一行\n第二行").y, font->FontSize * 2);
}

}  // namespace
}  // namespace kiosk
