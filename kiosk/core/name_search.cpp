#include "core/name_search.h"

#include <algorithm>

#include "core/utf8.h"

namespace kiosk::core {
namespace {
constexpr std::size_t kMaxCombinations = 16;  // polyphones multiply; real names stay far below

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}
}  // namespace

NameQuery nameQueryFrom(std::string_view committed, std::string_view composing) {
    std::string text;
    for (char c : committed) {
        if (!isSpace(c)) text += c;
    }
    const bool lettersOnly =
        std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    NameQuery query;
    if (lettersOnly) {
        for (char c : text) query.letters += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (char c : composing) {
            if (c >= 'a' && c <= 'z') query.letters += c;
        }
        return query;
    }
    query.name = text;
    query.stillTyping = !composing.empty();
    return query;
}

std::vector<std::string> NameSearch::keysFor(const std::string& name, const PinyinTable& pinyin) {
    // Every combination of readings, each written three ways: initials (wdh), full (wangdahua),
    // and full surname with initials after it (wangdh), as people tend to type a name.
    struct Key {
        std::string initials, full, mixed;
    };
    std::vector<Key> combos{{}};
    const std::u32string chars = decodeUtf8(name);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        std::vector<std::string> readings = i == 0 ? pinyin.surnameReadings(chars[i]) : pinyin.readings(chars[i]);
        if (readings.empty()) continue;  // a character without pinyin (rare): skipped, the rest still matches
        std::vector<Key> next;
        for (const Key& k : combos) {
            for (const auto& r : readings) {
                if (next.size() >= kMaxCombinations) break;
                next.push_back({k.initials + r[0], k.full + r, i == 0 ? r : k.mixed + r[0]});
            }
        }
        combos = std::move(next);
    }
    std::vector<std::string> keys;
    for (const Key& k : combos) {
        for (const std::string* key : {&k.initials, &k.full, &k.mixed}) {
            if (!key->empty() && std::find(keys.begin(), keys.end(), *key) == keys.end()) keys.push_back(*key);
        }
    }
    return keys;
}

NameSearch::NameSearch(const std::vector<Payout>& payouts, const PinyinTable& pinyin) {
    for (const auto& p : payouts) {
        if (keys_.find(p.recipientName) == keys_.end()) keys_[p.recipientName] = keysFor(p.recipientName, pinyin);
    }
}

bool NameSearch::matches(const std::string& name, const std::string& query) const {
    if (query.empty()) return true;
    const auto it = keys_.find(name);
    if (it == keys_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](const std::string& key) { return key.compare(0, query.size(), query) == 0; });
}

std::vector<const Payout*> NameSearch::filter(const std::vector<const Payout*>& rows, const std::string& query) const {
    if (query.empty()) return rows;
    std::vector<const Payout*> out;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(out),
                 [&](const Payout* p) { return matches(p->recipientName, query); });
    return out;
}

std::vector<const Payout*> NameSearch::filter(const std::vector<const Payout*>& rows, const NameQuery& query) const {
    if (query.name.empty()) return filter(rows, query.letters);
    if (query.stillTyping) return {};
    std::vector<const Payout*> out;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(out),
                 [&](const Payout* p) { return p->recipientName == query.name; });
    return out;
}

}  // namespace kiosk::core
