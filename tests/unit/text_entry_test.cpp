#include "core/text_entry.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(TextEntry, PhraseChosenInPartsKeepsTheRestOfThePinyin) {
    TextEntry entry;
    for (char c : std::string("zhengfubutie")) entry.typeLetter(c);
    EXPECT_EQ(entry.composing(), "zhengfubutie");
    entry.chooseCandidate("政府", 7);  // "zhengfu"
    EXPECT_EQ(entry.textUtf8(), "政府");
    EXPECT_EQ(entry.composing(), "butie");
    entry.chooseCandidate("补贴", 5);
    EXPECT_EQ(entry.textUtf8(), "政府补贴");
    EXPECT_TRUE(entry.composing().empty());
    EXPECT_EQ(entry.caret(), 4u);
}

TEST(TextEntry, BackspaceEditsThePinyinFirstThenTheText) {
    TextEntry entry;
    entry.insert("路灯");
    entry.typeLetter('h');
    entry.typeLetter('u');
    entry.backspace();
    EXPECT_EQ(entry.composing(), "h");
    EXPECT_EQ(entry.textUtf8(), "路灯");
    entry.backspace();
    entry.backspace();
    EXPECT_TRUE(entry.composing().empty());
    EXPECT_EQ(entry.textUtf8(), "路");
}

TEST(TextEntry, InsertsAtTheCaretAndDeletesBeforeIt) {
    TextEntry entry;
    entry.insert("垃圾没人");
    entry.moveCaretLeft();
    entry.moveCaretLeft();
    entry.insert("一直");
    EXPECT_EQ(entry.textUtf8(), "垃圾一直没人");
    EXPECT_EQ(entry.caret(), 4u);
    entry.backspace();
    EXPECT_EQ(entry.textUtf8(), "垃圾一没人");
    for (int i = 0; i < 10; ++i) entry.moveCaretRight();
    EXPECT_EQ(entry.caret(), 5u);
    for (int i = 0; i < 10; ++i) entry.moveCaretLeft();
    EXPECT_EQ(entry.caret(), 0u);
    entry.backspace();  // nothing before the caret: nothing happens
    EXPECT_EQ(entry.textUtf8(), "垃圾一没人");
}

TEST(TextEntry, LengthLimitKeepsWhatFitsAndSaysSo) {
    TextEntry entry(5);
    EXPECT_TRUE(entry.insert("小区"));
    EXPECT_EQ(entry.remaining(), 3u);
    EXPECT_FALSE(entry.insert("垃圾清运"));
    EXPECT_EQ(entry.textUtf8(), "小区垃圾清");
    EXPECT_TRUE(entry.full());
    EXPECT_FALSE(entry.typeLetter('a'));  // a full field takes no more pinyin
}

TEST(TextEntry, ControlCharactersAreDropped) {
    TextEntry entry;
    entry.insert("噪音\n\t\x1b[2J太大");
    EXPECT_EQ(entry.textUtf8(), "噪音[2J太大");
}

TEST(TextEntry, SwitchingModesKeepsTextAndComposition) {
    TextEntry entry;
    entry.insert("监督");
    entry.typeLetter('l');
    entry.setMode(EntryMode::Handwriting);
    entry.insert("好");
    entry.setMode(EntryMode::Digits);
    entry.insert("3");
    entry.setMode(EntryMode::Pinyin);
    EXPECT_EQ(entry.textUtf8(), "监督好3");
    EXPECT_EQ(entry.composing(), "l");
}

TEST(TextEntry, OnlyLowercaseLettersCompose) {
    TextEntry entry;
    EXPECT_FALSE(entry.typeLetter('A'));
    EXPECT_FALSE(entry.typeLetter('1'));
    for (int i = 0; i < 40; ++i) entry.typeLetter('a');
    EXPECT_EQ(entry.composing().size(), TextEntry::kMaxComposing);
}

}  // namespace
}  // namespace kiosk::core
