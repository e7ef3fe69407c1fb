#pragma once
// Pinyin to hanzi for the on-screen keyboard, with Google Pinyin (Debian libgooglepinyin0): small,
// opens in milliseconds, phrase input (zhengfubutie → 政府补贴). Traditional characters are left
// out of the candidates. Google Pinyin keeps one decoder per process, so there is one instance.
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace kiosk::input {

class PinyinDecoder {
public:
    // Opens the system dictionary; nullptr with `error` set when it cannot.
    static std::unique_ptr<PinyinDecoder> open(const std::string& dictionaryPath, const std::string& unihanVariantsPath,
                                               std::string& error);
    ~PinyinDecoder();
    PinyinDecoder(const PinyinDecoder&) = delete;
    PinyinDecoder& operator=(const PinyinDecoder&) = delete;

    // Candidates for lowercase pinyin letters, best first, at most `max`, UTF-8, Simplified only.
    std::vector<std::string> candidates(const std::string& pinyin, std::size_t max);

    static constexpr const char* kDefaultDictionary = "/usr/lib/x86_64-linux-gnu/googlepinyin/data/dict_pinyin.dat";
    static constexpr const char* kDefaultVariants = "/usr/share/unicode/Unihan_Variants.txt.bz2";

private:
    PinyinDecoder() = default;
    std::unordered_set<char32_t> traditional_;
    std::string userDictionary_;
};

}  // namespace kiosk::input
