#pragma once
// Finds recipients by the name as a resident gives it: in pinyin letters — the initials of a name
// (wdh → 王大华), its full pinyin (wangdahua), the full surname then initials (wangdh), or the
// start of any of these; polyphonic characters match by any of their readings, surnames by their
// surname reading too — or in characters (typed with pinyin or handwritten), where only the whole
// name matches: the masked list must not confirm a hidden character one guess at a time.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/disclosures.h"
#include "core/pinyin_table.h"

namespace kiosk::core {

// What was typed in the search field, read as a name.
struct NameQuery {
    std::string letters;  // pinyin letters a–z (initials or full)
    std::string name;     // the name in characters, matched whole
    // Characters are committed and pinyin letters are still being composed after them: the name
    // is not finished, so nothing is searched yet.
    bool stillTyping = false;
    bool empty() const { return letters.empty() && name.empty(); }
};
// `committed`: the field's text; `composing`: pinyin letters not yet chosen as characters.
// Letters only (or nothing committed yet): a pinyin query; any character: a whole-name query.
NameQuery nameQueryFrom(std::string_view committed, std::string_view composing);

class NameSearch {
public:
    // Precomputes the keys of every distinct name in `payouts` (done once per content set).
    NameSearch(const std::vector<Payout>& payouts, const PinyinTable& pinyin);

    // Whether `name` matches `query` (lowercase a–z; an empty query matches everything).
    bool matches(const std::string& name, const std::string& query) const;
    // The payouts among `rows` whose recipient matches.
    std::vector<const Payout*> filter(const std::vector<const Payout*>& rows, const std::string& query) const;
    // The same for what was typed: letters by their pinyin keys, characters by the whole name.
    std::vector<const Payout*> filter(const std::vector<const Payout*>& rows, const NameQuery& query) const;

    // The keys of a name: initials, full pinyin and surname-then-initials for each combination of readings.
    static std::vector<std::string> keysFor(const std::string& name, const PinyinTable& pinyin);

private:
    std::unordered_map<std::string, std::vector<std::string>> keys_;
};

}  // namespace kiosk::core
