#include "core/text_entry.h"

#include <algorithm>

#include "core/text_rule.h"
#include "core/utf8.h"

namespace kiosk::core {

std::string TextEntry::textUtf8() const {
    std::string out;
    for (char32_t c : text_) appendUtf8(out, c);
    return out;
}

bool TextEntry::insert(std::string_view utf8) {
    // Text typed at a kiosk is one paragraph: the one text rule, one line (core/text_rule).
    const std::u32string chars = decodeUtf8(keepText(utf8, Lines::One, utf8.size()));
    const std::size_t fits = std::min(chars.size(), remaining());
    text_.insert(caret_, chars, 0, fits);
    caret_ += fits;
    return fits == chars.size();
}

bool TextEntry::typeLetter(char letter) {
    if (letter < 'a' || letter > 'z' || composing_.size() >= kMaxComposing || full()) return false;
    composing_ += letter;
    return true;
}

bool TextEntry::chooseCandidate(std::string_view hanzi, std::size_t pinyinLetters) {
    const bool allFit = insert(hanzi);
    composing_.erase(0, std::min(pinyinLetters, composing_.size()));
    return allFit;
}

void TextEntry::backspace() {
    if (!composing_.empty()) {
        composing_.pop_back();
    } else if (caret_ > 0) {
        text_.erase(caret_ - 1, 1);
        --caret_;
    }
}

void TextEntry::clear() {
    text_.clear();
    composing_.clear();
    caret_ = 0;
}

void TextEntry::moveCaretLeft() {
    if (caret_ > 0) --caret_;
}

void TextEntry::moveCaretRight() {
    if (caret_ < text_.size()) ++caret_;
}

void TextEntry::setText(std::string_view utf8) {
    clear();
    insert(utf8);
}

}  // namespace kiosk::core
