#pragma once
// What a resident is typing into one text field: the committed text, the caret, the pinyin being
// composed, the keyboard in use and the length limit. Pure logic; the keyboards in widgets/ only
// report presses, and this decides what they do. Switching keyboards never loses anything: the
// text stays, and letters being composed wait until the pinyin keyboard returns.
#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::core {

enum class EntryMode { Pinyin, Handwriting, Digits };

class TextEntry {
public:
    static constexpr std::size_t kMaxComposing = 32;  // Google Pinyin's own limit

    explicit TextEntry(std::size_t maxChars = 500) : maxChars_(maxChars) {}

    const std::u32string& text() const { return text_; }
    std::string textUtf8() const;
    std::size_t caret() const { return caret_; }  // in characters, 0 .. text().size()
    const std::string& composing() const { return composing_; }
    EntryMode mode() const { return mode_; }
    std::size_t maxChars() const { return maxChars_; }
    std::size_t remaining() const { return maxChars_ - text_.size(); }
    bool full() const { return text_.size() >= maxChars_; }

    // Inserts at the caret (a candidate, a quick phrase, a digit). Inserts as much as fits and
    // returns whether all of it did; control characters are dropped.
    bool insert(std::string_view utf8);
    // A pinyin letter a–z; ignored when the composition is at its limit or the text is full.
    bool typeLetter(char letter);
    // A candidate chosen from the bar, covering the first `pinyinLetters` letters being composed:
    // the rest stays to be chosen next (zhengfubutie → 政府, then butie → 补贴).
    bool chooseCandidate(std::string_view hanzi, std::size_t pinyinLetters);
    // 删除: the last composed letter first, then the character before the caret.
    void backspace();
    // 清空: everything, text and composition.
    void clear();
    void moveCaretLeft();
    void moveCaretRight();
    void setMode(EntryMode mode) { mode_ = mode; }
    // Replaces the whole text (restoring a saved answer); the caret goes to the end.
    void setText(std::string_view utf8);

private:
    std::u32string text_;
    std::size_t caret_ = 0;
    std::string composing_;
    EntryMode mode_ = EntryMode::Pinyin;
    std::size_t maxChars_;
};

}  // namespace kiosk::core
