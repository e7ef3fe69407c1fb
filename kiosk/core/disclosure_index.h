#pragma once
// An immutable, indexed snapshot of one disclosure set. Built on a worker, handed to the UI
// thread as a shared_ptr and swapped between frames: a screen never sees half a set.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/disclosures.h"
#include "core/name_search.h"

namespace kiosk::core {

struct TypeTotal {
    std::string typeId;
    std::size_t count = 0;
    std::int64_t amountFen = 0;
};

class DisclosureIndex {
public:
    // `pinyin` enables name search; without it (no pinyin data) searching is unavailable.
    explicit DisclosureIndex(DisclosureSet set, const PinyinTable* pinyin = nullptr);

    const DisclosureSet& set() const { return set_; }
    // Months that have any disclosure, newest first.
    const std::vector<std::string>& periods() const { return periods_; }
    const std::string& communityName(const std::string& id) const;
    const std::string& typeName(const std::string& id) const;
    bool hasCommunity(const std::string& id) const { return communityNames_.count(id) != 0; }
    // The community id for a name (the hall's config names its community), or "".
    std::string communityIdByName(const std::string& name) const;

    // Payouts of a community in a month, ordered by subsidy type then name; empty when none.
    const std::vector<const Payout*>& payouts(const std::string& communityId, const std::string& period) const;
    // The same list filtered to one type ("" for all).
    std::vector<const Payout*> payouts(const std::string& communityId, const std::string& period,
                                       const std::string& typeId) const;
    // Count and sum per type, in the set's type order, for the types present.
    std::vector<TypeTotal> totals(const std::string& communityId, const std::string& period) const;

    // Name search by pinyin initials or full pinyin; null when no pinyin data was available.
    const NameSearch* nameSearch() const { return nameSearch_.get(); }

    const FinanceStatement* finance(const std::string& communityId, const std::string& period) const;
    std::vector<const Notice*> notices(const std::string& communityId, const std::string& period) const;

private:
    using Key = std::pair<std::string, std::string>;  // (community, period)
    DisclosureSet set_;
    std::vector<std::string> periods_;
    std::map<std::string, std::string, std::less<>> communityNames_;
    std::map<std::string, std::string, std::less<>> typeNames_;
    std::map<std::string, std::size_t, std::less<>> typeOrder_;
    std::map<Key, std::vector<const Payout*>> payoutsByKey_;
    std::map<Key, const FinanceStatement*> financeByKey_;
    std::unique_ptr<NameSearch> nameSearch_;
};

using DisclosureSnapshot = std::shared_ptr<const DisclosureIndex>;

}  // namespace kiosk::core
