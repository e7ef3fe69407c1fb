// Fuzz target: everything the kiosk reads of the platform's content feeds — the manifest, a page,
// and the records of a page through the validators that decide what reaches the screen (the
// disclosure builder, the announcement and case catalog parsers). Whatever arrives, these must
// return (never crash, hang or read out of bounds) and keep their promises checked below.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "core/announcements.h"
#include "core/case_catalog.h"
#include "core/disclosures.h"
#include "net/content_feed_codec.h"

namespace {

void check(bool promise) {
    if (!promise) std::abort();  // a broken promise is a finding, like a crash
}

// What the screens rely on: every payout and notice belongs to a community of the set, every
// payout to a subsidy type of the set, and no amount is negative.
void checkSet(const kiosk::core::DisclosureSet& set) {
    std::set<std::string> communities;
    std::set<std::string> types;
    for (const auto& c : set.communities) communities.insert(c.id);
    for (const auto& t : set.subsidyTypes) types.insert(t.id);
    for (const auto& p : set.payouts) {
        check(communities.count(p.communityId) == 1 && types.count(p.subsidyTypeId) == 1);
        check(p.amountFen > 0 && kiosk::core::isValidPeriod(p.period) && kiosk::core::isValidDate(p.paidOn));
    }
    for (const auto& n : set.notices) check(communities.count(n.communityId) == 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string body(reinterpret_cast<const char*>(data), size);
    std::string problem;
    if (const auto manifest = kiosk::net::parseManifest(body, problem)) {
        for (const auto& feed : manifest->feeds) {
            check(feed.pages >= 1 && feed.pages <= kiosk::net::kMaxFeedPages);
            check(!feed.name.empty() && feed.name.size() <= 32);
        }
    } else {
        check(!problem.empty());
    }

    problem.clear();
    if (const auto page = kiosk::net::parseFeedPage(body, problem)) {
        // The page's records as the sync feeds them to the disclosure validator.
        kiosk::core::DisclosureBuilder builder;
        bool begun = false;
        for (const auto& item : page->items) {
            if (item.kind == "set") {
                begun = builder.begin(item.record);
            } else if (begun) {
                builder.add(item.kind, item.record);
            }
        }
        const kiosk::core::DisclosureParseResult result = builder.finish();
        if (!result.fatal) checkSet(result.set);
    } else {
        check(!problem.empty());
    }

    // The whole body as a bundled set, an announcements document and a case catalog.
    const kiosk::core::DisclosureParseResult set = kiosk::core::parseDisclosures(body);
    if (!set.fatal) checkSet(set.set);
    const kiosk::core::AnnouncementLoadResult announcements = kiosk::core::parseAnnouncements(body, "");
    for (const auto& a : announcements.items) check(!a.title.empty());
    const kiosk::core::CaseCatalogLoad catalog = kiosk::core::parseCaseCatalog(body);
    if (catalog.catalog) check(!catalog.catalog->categories.empty());
    return 0;
}
