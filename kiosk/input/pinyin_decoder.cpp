#include "input/pinyin_decoder.h"

#include <googlepinyin/pinyinime.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

#include "core/utf8.h"
#include "input/gb2312.h"

namespace kiosk::input {
namespace {

std::atomic<bool> gOpen{false};  // Google Pinyin has one global decoder

}  // namespace

std::unique_ptr<PinyinDecoder> PinyinDecoder::open(const std::string& dictionaryPath, std::string& error) {
    if (gOpen.exchange(true)) {
        error = "the pinyin decoder is already open";
        return nullptr;
    }
    // Google Pinyin insists on a user dictionary. A public kiosk must not learn what residents
    // type: it gets a throwaway file (candidates are only searched, never chosen into it) that is
    // deleted when the decoder closes.
    const std::string userDictionary =
        (std::filesystem::temp_directory_path() / ("kiosk-pinyin-" + std::to_string(::getpid()) + ".dat")).string();
    std::filesystem::remove(userDictionary);
    if (!ime_pinyin::im_open_decoder(dictionaryPath.c_str(), userDictionary.c_str())) {
        gOpen = false;
        std::filesystem::remove(userDictionary);
        error = "cannot open the pinyin dictionary " + dictionaryPath + " (install libgooglepinyin0)";
        return nullptr;
    }
    ime_pinyin::im_set_max_lens(32, 16);
    gb2312Characters();  // decode the filter set now rather than at the first key press
    std::unique_ptr<PinyinDecoder> decoder(new PinyinDecoder());
    decoder->userDictionary_ = userDictionary;
    return decoder;
}

PinyinDecoder::~PinyinDecoder() {
    ime_pinyin::im_close_decoder();
    std::error_code ignored;
    std::filesystem::remove(userDictionary_, ignored);
    gOpen = false;
}

std::vector<PinyinCandidate> PinyinDecoder::candidates(const std::string& pinyin, std::size_t max) {
    std::vector<PinyinCandidate> out;
    if (pinyin.empty() || pinyin.size() > 32 ||
        !std::all_of(pinyin.begin(), pinyin.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return out;
    }
    ime_pinyin::im_reset_search();
    const std::size_t total = ime_pinyin::im_search(pinyin.c_str(), pinyin.size());
    // Syllable boundaries: a candidate of n hanzi stands for the letters before start[n]
    // (zheng|fu|bu|tie: 0 5 7 9 12).
    const ime_pinyin::uint16* start = nullptr;
    const std::size_t syllables = ime_pinyin::im_get_spl_start_pos(start);
    ime_pinyin::char16 buffer[64];
    for (std::size_t i = 0; i < total && out.size() < max; ++i) {
        if (!ime_pinyin::im_get_candidate(i, buffer, 63)) continue;
        PinyinCandidate candidate;
        std::size_t length = 0;
        bool keep = true;
        for (; length < 63 && buffer[length] != 0; ++length) {
            const char32_t c = buffer[length];
            if (!isGb2312(c)) {
                keep = false;
                break;
            }
            core::appendUtf8(candidate.text, c);
        }
        if (!keep || candidate.text.empty()) continue;
        candidate.letters =
            (start && length <= syllables) ? std::min<std::size_t>(start[length], pinyin.size()) : pinyin.size();
        const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& c) { return c.text == candidate.text; });
        if (!seen) out.push_back(std::move(candidate));
    }
    return out;
}

}  // namespace kiosk::input
