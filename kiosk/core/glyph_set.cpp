#include "core/glyph_set.h"

#include "core/utf8.h"

namespace kiosk::core {

GlyphSet::GlyphSet() {
    for (char32_t c = 0x20; c < 0x7F; ++c) codepoints_.insert(c);
    // Full-width punctuation and symbols that Chinese text uses without thinking about it.
    for (char32_t c : U"，。、；：？！“”‘’（）《》【】—…·￥℃％＋－×÷") codepoints_.insert(c);
    codepoints_.erase(U'\0');
    codepoints_.insert(kMissingGlyphPlaceholder);
}

void GlyphSet::add(char32_t codepoint) {
    // Control characters and U+FFFD (a decoding error) are never drawn as glyphs.
    if (codepoint < 0x20 || codepoint == 0x7F || codepoint == 0xFFFD) return;
    codepoints_.insert(codepoint);
}

void GlyphSet::addText(std::string_view utf8) {
    for (char32_t c : decodeUtf8(utf8)) add(c);
}

std::string GlyphSet::drawable(std::string_view utf8) const {
    std::string out;
    for (char32_t c : decodeUtf8(utf8)) appendUtf8(out, contains(c) ? c : kMissingGlyphPlaceholder);
    return out;
}

std::size_t GlyphSet::merge(const GlyphSet& other) {
    const std::size_t before = codepoints_.size();
    codepoints_.insert(other.codepoints_.begin(), other.codepoints_.end());
    return codepoints_.size() - before;
}

}  // namespace kiosk::core
