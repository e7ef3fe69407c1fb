#pragma once
// The characters the font atlas must hold. Built from every string the kiosk can show (string
// tables, content, config text), so nothing ever draws as '?'. Rare characters in names are the
// reason this is collected from the data rather than from a fixed range.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace kiosk::core {

// What a character the atlas lacks is drawn as, in a text shown only for a moment (a scanned
// code): such texts must not grow the atlas, one rebuild per code, for the life of the process.
constexpr char32_t kMissingGlyphPlaceholder = U'□';

class GlyphSet {
public:
    GlyphSet();  // starts with printable ASCII and common CJK punctuation

    void addText(std::string_view utf8);
    void add(char32_t codepoint);
    bool contains(char32_t codepoint) const { return codepoints_.count(codepoint) != 0; }
    // Adds everything from `other`; returns how many code points were new.
    std::size_t merge(const GlyphSet& other);
    // `utf8` with every character this set lacks replaced by kMissingGlyphPlaceholder.
    std::string drawable(std::string_view utf8) const;

    std::size_t size() const { return codepoints_.size(); }
    const std::set<char32_t>& codepoints() const { return codepoints_; }

private:
    std::set<char32_t> codepoints_;
};

}  // namespace kiosk::core
