#include "core/pinyin_table.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/unihan.h"
#include "core/utf8.h"

namespace kiosk::core {
namespace {

// Surnames whose reading as a surname differs from the character's common reading.
constexpr std::array<std::pair<char32_t, const char*>, 24> kSurnameReadings{{
    {U'单', "shan"}, {U'曾', "zeng"}, {U'解', "xie"},  {U'仇', "qiu"},   {U'查', "zha"}, {U'区', "ou"},
    {U'乐', "yue"},  {U'翟', "zhai"}, {U'覃', "qin"},  {U'朴', "piao"},  {U'盖', "ge"},  {U'尉', "yu"},
    {U'缪', "miao"}, {U'秘', "bi"},   {U'召', "shao"}, {U'种', "chong"}, {U'繁', "po"},  {U'员', "yun"},
    {U'黑', "he"},   {U'万', "wan"},  {U'华', "hua"},  {U'任', "ren"},   {U'纪', "ji"},  {U'沈', "shen"},
}};

char32_t plainVowel(char32_t c) {
    switch (c) {
        case U'ā':
        case U'á':
        case U'ǎ':
        case U'à': return U'a';
        case U'ē':
        case U'é':
        case U'ě':
        case U'è':
        case U'ê': return U'e';
        case U'ī':
        case U'í':
        case U'ǐ':
        case U'ì': return U'i';
        case U'ō':
        case U'ó':
        case U'ǒ':
        case U'ò': return U'o';
        case U'ū':
        case U'ú':
        case U'ǔ':
        case U'ù': return U'u';
        case U'ǖ':
        case U'ǘ':
        case U'ǚ':
        case U'ǜ':
        case U'ü': return U'v';
        case U'ń':
        case U'ň':
        case U'ǹ': return U'n';
        case U'ḿ': return U'm';
        default: return c;
    }
}

bool isSyllable(const std::string& s) {
    return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::string stripTones(std::string_view syllable) {
    std::string out;
    for (char32_t c : decodeUtf8(syllable)) {
        c = plainVowel(c);
        if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
        if (c < 0x80) out += static_cast<char>(c);
    }
    return out;
}

void PinyinTable::add(char32_t c, const std::string& reading) {
    if (!isSyllable(reading)) return;
    auto& list = readings_[c];
    if (std::find(list.begin(), list.end(), reading) == list.end()) list.push_back(reading);
}

PinyinTable PinyinTable::fromUnihan(std::string_view text) {
    PinyinTable table;
    // One pass per field so the common reading (kMandarin) comes first for every character.
    for (const char* field : {"kMandarin", "kHanyuPinyin", "kXHC1983"}) {
        forEachUnihanEntry(text, field, [&](char32_t c, std::string_view value) {
            // kMandarin: "wáng"; kHanyuPinyin: "21099.100:wáng,wàng,yù"; kXHC1983: "0178.010:chán 1003.060:shàn".
            for (std::size_t i = 0; i < value.size();) {
                std::size_t j = value.find_first_of(" ,", i);
                if (j == std::string_view::npos) j = value.size();
                std::string_view token = value.substr(i, j - i);
                if (const auto colon = token.find(':'); colon != std::string_view::npos)
                    token = token.substr(colon + 1);
                if (!token.empty()) table.add(c, stripTones(token));
                i = j + 1;
            }
        });
    }
    return table;
}

const std::vector<std::string>& PinyinTable::readings(char32_t c) const {
    static const std::vector<std::string> kNone;
    const auto it = readings_.find(c);
    return it != readings_.end() ? it->second : kNone;
}

std::vector<std::string> PinyinTable::surnameReadings(char32_t c) const {
    std::vector<std::string> out;
    for (const auto& [ch, reading] : kSurnameReadings) {
        if (ch == c) out.emplace_back(reading);
    }
    for (const auto& r : readings(c)) {
        if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
    }
    return out;
}

}  // namespace kiosk::core
