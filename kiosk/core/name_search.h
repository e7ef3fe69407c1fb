#pragma once
// Finds recipients by what an elderly resident can type on an A–Z keyboard: the initials of a
// name (wdh → 王大华), its full pinyin (wangdahua), the full surname then initials (wangdh), or
// the start of any of these. Polyphonic
// characters match by any of their readings, surnames by their surname reading too.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/disclosures.h"
#include "core/pinyin_table.h"

namespace kiosk::core {

class NameSearch {
public:
    // Precomputes the keys of every distinct name in `payouts` (done once per content set).
    NameSearch(const std::vector<Payout>& payouts, const PinyinTable& pinyin);

    // Whether `name` matches `query` (lowercase a–z; an empty query matches everything).
    bool matches(const std::string& name, const std::string& query) const;
    // The payouts among `rows` whose recipient matches.
    std::vector<const Payout*> filter(const std::vector<const Payout*>& rows, const std::string& query) const;

    // The keys of a name: initials, full pinyin and surname-then-initials for each combination of readings.
    static std::vector<std::string> keysFor(const std::string& name, const PinyinTable& pinyin);

private:
    std::unordered_map<std::string, std::vector<std::string>> keys_;
};

}  // namespace kiosk::core
