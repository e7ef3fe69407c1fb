#pragma once
// Pinyin to hanzi for the on-screen keyboard, with Google Pinyin (Debian libgooglepinyin0): small,
// opens in milliseconds, phrase input (zhengfubutie → 政府补贴). Candidates are limited to GB2312,
// which leaves out traditional and rare characters (and so every candidate has a glyph in the
// input atlas). Google Pinyin keeps one decoder per process, so there is one instance.
#include <memory>
#include <string>
#include <vector>

namespace kiosk::input {

struct PinyinCandidate {
    std::string text;         // UTF-8 hanzi
    std::size_t letters = 0;  // how many of the typed letters it stands for (政府 in zhengfubutie: 7)
};

class PinyinDecoder {
public:
    // Opens the system dictionary; nullptr with `error` set when it cannot.
    static std::unique_ptr<PinyinDecoder> open(const std::string& dictionaryPath, std::string& error);
    ~PinyinDecoder();
    PinyinDecoder(const PinyinDecoder&) = delete;
    PinyinDecoder& operator=(const PinyinDecoder&) = delete;

    // Candidates for lowercase pinyin letters, best first, at most `max`. The first covers all the
    // letters when the dictionary has such a phrase; shorter ones cover the first syllables.
    std::vector<PinyinCandidate> candidates(const std::string& pinyin, std::size_t max);

    static constexpr const char* kDefaultDictionary = "/usr/lib/x86_64-linux-gnu/googlepinyin/data/dict_pinyin.dat";

private:
    PinyinDecoder() = default;
    std::string userDictionary_;
};

}  // namespace kiosk::input
