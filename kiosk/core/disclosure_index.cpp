#include "core/disclosure_index.h"

#include <algorithm>
#include <set>

namespace kiosk::core {

DisclosureIndex::DisclosureIndex(DisclosureSet set, const PinyinTable* pinyin) : set_(std::move(set)) {
    if (pinyin) nameSearch_ = std::make_unique<NameSearch>(set_.payouts, *pinyin);
    for (const auto& c : set_.communities) communityNames_[c.id] = c.name;
    for (std::size_t i = 0; i < set_.subsidyTypes.size(); ++i) {
        typeNames_[set_.subsidyTypes[i].id] = set_.subsidyTypes[i].name;
        typeOrder_[set_.subsidyTypes[i].id] = i;
    }
    std::set<std::string, std::greater<>> periods;
    for (const auto& p : set_.payouts) {
        payoutsByKey_[{p.communityId, p.period}].push_back(&p);
        periods.insert(p.period);
    }
    for (const auto& f : set_.finances) {
        financeByKey_[{f.communityId, f.period}] = &f;
        periods.insert(f.period);
    }
    for (const auto& n : set_.notices) periods.insert(n.period);
    periods_.assign(periods.begin(), periods.end());
    for (auto& [key, list] : payoutsByKey_) {
        std::stable_sort(list.begin(), list.end(), [&](const Payout* a, const Payout* b) {
            const auto ta = typeOrder_.at(a->subsidyTypeId);
            const auto tb = typeOrder_.at(b->subsidyTypeId);
            return ta != tb ? ta < tb : a->recipientName < b->recipientName;
        });
    }
}

const std::string& DisclosureIndex::communityName(const std::string& id) const {
    const auto it = communityNames_.find(id);
    return it != communityNames_.end() ? it->second : id;
}

const std::string& DisclosureIndex::typeName(const std::string& id) const {
    const auto it = typeNames_.find(id);
    return it != typeNames_.end() ? it->second : id;
}

std::string DisclosureIndex::communityIdByName(const std::string& name) const {
    for (const auto& [id, n] : communityNames_) {
        if (n == name) return id;
    }
    return {};
}

const std::vector<const Payout*>& DisclosureIndex::payouts(const std::string& communityId,
                                                           const std::string& period) const {
    static const std::vector<const Payout*> kNone;
    const auto it = payoutsByKey_.find({communityId, period});
    return it != payoutsByKey_.end() ? it->second : kNone;
}

std::vector<const Payout*> DisclosureIndex::payouts(const std::string& communityId, const std::string& period,
                                                    const std::string& typeId) const {
    const auto& all = payouts(communityId, period);
    if (typeId.empty()) return all;
    std::vector<const Payout*> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Payout* p) { return p->subsidyTypeId == typeId; });
    return out;
}

std::vector<TypeTotal> DisclosureIndex::totals(const std::string& communityId, const std::string& period) const {
    std::vector<TypeTotal> out;
    for (const Payout* p : payouts(communityId, period)) {  // already in type order
        if (out.empty() || out.back().typeId != p->subsidyTypeId) out.push_back({p->subsidyTypeId, 0, 0});
        ++out.back().count;
        out.back().amountFen += p->amountFen;
    }
    return out;
}

const FinanceStatement* DisclosureIndex::finance(const std::string& communityId, const std::string& period) const {
    const auto it = financeByKey_.find({communityId, period});
    return it != financeByKey_.end() ? it->second : nullptr;
}

std::vector<const Notice*> DisclosureIndex::notices(const std::string& communityId, const std::string& period) const {
    std::vector<const Notice*> out;
    for (const auto& n : set_.notices) {
        if (n.communityId == communityId && n.period == period) out.push_back(&n);
    }
    return out;
}

}  // namespace kiosk::core
