// The keyboards as a resident uses them, on the practice screen: taps on keys and candidates,
// strokes drawn on the pad, switching modes. Engines and the GB2312 font are the real ones.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "input/recorded_strokes.h"
#include "support/headless_ui.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"

namespace kiosk {
namespace {

using testing::HeadlessUi;

std::string practiceText(HeadlessUi& ui) {
    const core::TextEntry* entry = ui.app().textEntry("practice");
    return entry ? entry->textUtf8() : std::string{};
}

// A recorded character as a `draw` step on the pad (the recording's 400 px square → 0..1).
std::string drawStep(const std::string& character) {
    std::ifstream in(KIOSK_SOURCE_DIR "/tests/data/handwriting/strokes.txt");
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& recorded : input::parseRecordedStrokes(text.str())) {
        if (recorded.character != character) continue;
        std::string step = "draw practice.kbd.pad";
        for (std::size_t s = 0; s < recorded.strokes.size(); ++s) {
            step += s == 0 ? " " : "|";
            for (std::size_t i = 0; i < recorded.strokes[s].size(); ++i) {
                const auto& p = recorded.strokes[s][i];
                step += (i == 0 ? "" : " ") + std::to_string(p.x / 400.0f) + "," + std::to_string(p.y / 400.0f);
            }
        }
        return step;
    }
    return "";
}

class KeyboardFlow : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\nexpect screen typing_practice\n"
                         "expect text 按字母拼出拼音，再点上面的汉字。"),
                  "");
        ASSERT_TRUE(ui.app().keyboardReady());
    }
    HeadlessUi ui;
};

TEST_F(KeyboardFlow, TypeJianduOnTheKeysAndPickTheWord) {
    for (const char* key : {"j", "i", "a", "n", "d", "u"})
        ASSERT_EQ(ui.tap(std::string("practice.kbd.key.") + key), "");
    EXPECT_EQ(ui.app().textEntry("practice")->composing(), "jiandu");
    ASSERT_EQ(ui.run("expect text 监督\ntap 监督"), "");
    EXPECT_EQ(practiceText(ui), "监督");
    EXPECT_TRUE(ui.app().textEntry("practice")->composing().empty());
}

TEST_F(KeyboardFlow, APhraseChosenInTwoPartsAndBackspaceEditsThePinyinFirst) {
    ASSERT_EQ(ui.run("type guangchangwu\nexpect text 广场\ntap 广场"), "");
    EXPECT_EQ(practiceText(ui), "广场");
    EXPECT_EQ(ui.app().textEntry("practice")->composing(), "wu");
    ASSERT_EQ(ui.run("expect text 舞\ntap 舞"), "");
    EXPECT_EQ(practiceText(ui), "广场舞");
    ASSERT_EQ(ui.run("type zao\ntap practice.kbd.erase"), "");
    EXPECT_EQ(ui.app().textEntry("practice")->composing(), "za");
    EXPECT_EQ(practiceText(ui), "广场舞");
    ASSERT_EQ(ui.run("tap practice.kbd.erase\ntap practice.kbd.erase\ntap practice.kbd.erase"), "");
    EXPECT_EQ(practiceText(ui), "广场");
}

TEST_F(KeyboardFlow, CandidatePagesForward) {
    ASSERT_EQ(ui.run("type shi\nexpect text 是"), "");
    ASSERT_EQ(ui.run("tap practice.kbd.next\nexpect no-text 是\ntap practice.kbd.previous\nexpect text 是"), "");
}

TEST_F(KeyboardFlow, DrawARecordedCharacterAndPickIt) {
    const std::string draw = drawStep("监");
    ASSERT_FALSE(draw.empty());
    ASSERT_EQ(ui.tap("practice.mode.handwriting"), "");
    ASSERT_EQ(ui.run(draw), "");
    // 8 strokes landed on the pad, and the worker's first candidate is the character.
    ASSERT_EQ(ui.run("expect text 监\ntap practice.kbd.cand.0"), "");
    EXPECT_EQ(practiceText(ui), "监");
    ASSERT_EQ(ui.run(drawStep("督")), "");
    ASSERT_EQ(ui.run("tap practice.kbd.undo\ntap practice.kbd.rewrite\nexpect no-text 督"), "");
    ASSERT_EQ(ui.run(drawStep("督") + "\nexpect text 督\ntap 督"), "");
    EXPECT_EQ(practiceText(ui), "监督");
}

TEST_F(KeyboardFlow, SwitchingModesKeepsEverything) {
    ASSERT_EQ(ui.run("type jiandu\nexpect text 监督\ntap 监督\ntype lu"), "");
    ASSERT_EQ(ui.run("tap practice.mode.digits\ntap practice.kbd.3\ntap practice.mode.handwriting\n"
                     "tap practice.mode.pinyin\nexpect text 路"),
              "");
    EXPECT_EQ(practiceText(ui), "监督3");
    EXPECT_EQ(ui.app().textEntry("practice")->composing(), "lu");
    ASSERT_EQ(ui.run("tap practice.caret.left\ntap 路"), "");
    EXPECT_EQ(practiceText(ui), "监督路3");
}

TEST_F(KeyboardFlow, AQuickPhraseIsOneTap) {
    ASSERT_EQ(ui.tap("路灯坏了"), "");
    EXPECT_EQ(practiceText(ui), "路灯坏了");
    EXPECT_TRUE(ui.showsText("4 / 500 字"));
}

// The practice screen at 特大 with `mode` chosen and the first quick phrase tapped twice
// (sixteen characters: more than one line of the field holds).
void typeTwoPhrasesAtExtraLarge(HeadlessUi& ui, const std::string& mode) {
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\nexpect screen typing_practice\ntap practice.mode." +
                     mode + "\ntap 小区垃圾没人清运\ntap 小区垃圾没人清运"),
              "");
    ASSERT_EQ(practiceText(ui), "小区垃圾没人清运小区垃圾没人清运");
}

testing::HeadlessOptions extraLarge(bool portrait) {
    testing::HeadlessOptions options;
    if (portrait) std::swap(options.width, options.height);
    options.configText = "[ui]\ntext_size = \"extra_large\"\n";
    return options;
}

// The caret keys show the field's own red caret beside their arrows (an arrow alone read as
// 上一步 / 下一步), with the words 左移 / 右移 where they fit, at every size in both orientations.
TEST(CaretKeys, ShowTheFieldsRedCaretAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        HeadlessUi ui(options);
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\nexpect screen typing_practice"), "") << where;
        const ImU32 caretRed = widgets::toImColor(widgets::theme().primary);
        for (const char* key : {"practice.caret.left", "practice.caret.right"}) {
            const auto found = ui.app().registry().find(key);
            ASSERT_EQ(found.size(), 1u) << key << " " << where;
            EXPECT_GT(testing::drawnVerticesOfColor(caretRed, found[0]->min, found[0]->max), 0) << key << " " << where;
            EXPECT_EQ(found[0]->label.find("往"), std::string::npos) << found[0]->label;
        }
    });
}

// At 特大 in landscape the field has one line: it spans the screen's width, so sixteen characters
// stay in view together (beside the phrases' column the first half went out of view).
TEST(KeyboardFlowAtExtraLarge, TheFieldsOneLineHoldsSixteenCharacters) {
    HeadlessUi ui(extraLarge(false));
    typeTwoPhrasesAtExtraLarge(ui, "pinyin");
    EXPECT_TRUE(ui.showsText("小区垃圾没人清运小区垃圾没人清运"));
}

// A field of one line (特大, landscape) typing past its end: the line shows as much as fits before
// the caret, "…" for the rest — not the last wrapped line alone (it showed "了" of 13 characters).
TEST(KeyboardFlowAtExtraLarge, AOneLineFieldShowsTheTextBeforeTheCaret) {
    HeadlessUi ui(extraLarge(false));
    typeTwoPhrasesAtExtraLarge(ui, "digits");
    ASSERT_EQ(ui.run("tap 小区垃圾没人清运\ntap 小区垃圾没人清运"), "");
    std::string line;
    for (const auto& t : ui.app().registry().texts()) {
        if (t.text.rfind("…", 0) == 0) line = t.text;
    }
    ASSERT_FALSE(line.empty()) << "the text wraps past the field's one line";
    EXPECT_NE(line.find("运小区垃圾没人清运"), std::string::npos) << line;
}

TEST_F(KeyboardFlow, TheSessionEndWipesTheTextAndFreesTheKeyboardFont) {
    ASSERT_EQ(ui.run("type laji\nexpect text 垃圾\ntap 垃圾"), "");
    ASSERT_EQ(ui.run("wait 125\nexpect screen attract"), "");
    EXPECT_EQ(ui.app().textEntry("practice"), nullptr);
    EXPECT_EQ(ui.app().inputFont().font(), nullptr);
}

}  // namespace
}  // namespace kiosk
