#pragma once
// The characters the font atlas must hold. Built from every string the kiosk can show (string
// tables, content, config text), so nothing ever draws as '?'. Rare characters in names are the
// reason this is collected from the data rather than from a fixed range.
#include <cstdint>
#include <set>
#include <string_view>

namespace kiosk::core {

class GlyphSet {
public:
    GlyphSet();  // starts with printable ASCII and common CJK punctuation

    void addText(std::string_view utf8);
    void add(char32_t codepoint);
    bool contains(char32_t codepoint) const { return codepoints_.count(codepoint) != 0; }
    // Adds everything from `other`; returns how many code points were new.
    std::size_t merge(const GlyphSet& other);

    std::size_t size() const { return codepoints_.size(); }
    const std::set<char32_t>& codepoints() const { return codepoints_; }

private:
    std::set<char32_t> codepoints_;
};

}  // namespace kiosk::core
