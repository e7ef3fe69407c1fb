#include "input/pinyin_decoder.h"

#include <googlepinyin/pinyinime.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

#include "core/traditional_chars.h"
#include "core/utf8.h"
#include "storage/bzip2_file.h"

namespace kiosk::input {
namespace {

std::atomic<bool> gOpen{false};  // Google Pinyin has one global decoder

}  // namespace

std::unique_ptr<PinyinDecoder> PinyinDecoder::open(const std::string& dictionaryPath,
                                                   const std::string& unihanVariantsPath, std::string& error) {
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
    std::unique_ptr<PinyinDecoder> decoder(new PinyinDecoder());
    decoder->userDictionary_ = userDictionary;
    if (const auto variants = storage::readBzip2File(unihanVariantsPath)) {
        decoder->traditional_ = core::parseTraditionalCharacters(*variants);
    }
    return decoder;
}

PinyinDecoder::~PinyinDecoder() {
    ime_pinyin::im_close_decoder();
    std::error_code ignored;
    std::filesystem::remove(userDictionary_, ignored);
    gOpen = false;
}

std::vector<std::string> PinyinDecoder::candidates(const std::string& pinyin, std::size_t max) {
    std::vector<std::string> out;
    if (pinyin.empty() || pinyin.size() > 32 ||
        !std::all_of(pinyin.begin(), pinyin.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return out;
    }
    ime_pinyin::im_reset_search();
    const std::size_t total = ime_pinyin::im_search(pinyin.c_str(), pinyin.size());
    ime_pinyin::char16 buffer[64];
    for (std::size_t i = 0; i < total && out.size() < max; ++i) {
        if (!ime_pinyin::im_get_candidate(i, buffer, 63)) continue;
        std::string utf8;
        bool keep = true;
        for (std::size_t k = 0; k < 63 && buffer[k] != 0; ++k) {
            const char32_t c = buffer[k];
            if (traditional_.count(c)) {
                keep = false;
                break;
            }
            core::appendUtf8(utf8, c);
        }
        if (keep && !utf8.empty() && std::find(out.begin(), out.end(), utf8) == out.end()) out.push_back(utf8);
    }
    return out;
}

}  // namespace kiosk::input
