#pragma once
// Toneless pinyin readings of Chinese characters, for name search by initials (wdh → 王大华) and
// full pinyin (wangdahua). Built from Unicode's Unihan_Readings.txt (Debian package unicode-data):
// kMandarin (the common reading) plus kHanyuPinyin and kXHC1983 (other readings of polyphones),
// with surname readings added on top (单 shàn, 曾 zēng, 乐 yuè ... are read differently as surnames).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::core {

class PinyinTable {
public:
    // Parses Unihan_Readings.txt text; lines of other fields are ignored.
    static PinyinTable fromUnihan(std::string_view text);

    // Readings of `c`, common first, without tones, "ü" written "v" (lv, nv); empty when unknown.
    const std::vector<std::string>& readings(char32_t c) const;
    // Readings of `c` as the first character of a name: the surname reading first, then the rest.
    std::vector<std::string> surnameReadings(char32_t c) const;
    std::size_t size() const { return readings_.size(); }

private:
    void add(char32_t c, const std::string& reading);
    std::unordered_map<char32_t, std::vector<std::string>> readings_;
};

// "wáng" -> "wang", "lǜ" -> "lv".
std::string stripTones(std::string_view syllable);

}  // namespace kiosk::core
