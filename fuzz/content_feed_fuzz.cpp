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
#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/text_rule.h"
#include "fuzz_check.h"
#include "net/content_feed_codec.h"

namespace {

using kiosk::fuzz::check;

// Text that reaches the screen is text by the one rule: no controls, bidi or invisible characters.
void checkShown(const std::string& text, kiosk::core::Lines lines = kiosk::core::Lines::One) {
    check(!kiosk::core::textProblem(text, lines, 100000, false));
}

bool inRange(std::int64_t fen, kiosk::core::IntegerRange range) {
    return fen >= range.min && fen <= range.max;
}

// What the screens rely on: every payout and notice belongs to a community of the set, every
// payout to a subsidy type of the set, amounts are within their ranges (an unsigned number past
// INT64_MAX never wraps into them), and every text shown is text.
void checkSet(const kiosk::core::DisclosureSet& set) {
    using kiosk::core::kFenRange;
    std::set<std::string> communities;
    std::set<std::string> types;
    for (const auto& c : set.communities) communities.insert(c.id), checkShown(c.name);
    for (const auto& t : set.subsidyTypes) types.insert(t.id), checkShown(t.name);
    for (const auto& p : set.payouts) {
        check(communities.count(p.communityId) == 1 && types.count(p.subsidyTypeId) == 1);
        check(p.amountFen >= 0 && inRange(p.amountFen, kFenRange));
        check(kiosk::core::isValidPeriod(p.period) && kiosk::core::isValidDate(p.paidOn));
        checkShown(p.recipientName);
        checkShown(p.fundingSource);
    }
    for (const auto& f : set.finances) {
        check(inRange(f.balanceFen, kiosk::core::kSignedFenRange));
        for (const auto& line : f.lines) check(inRange(line.amountFen, kFenRange)), checkShown(line.category);
    }
    for (const auto& n : set.notices) {
        check(communities.count(n.communityId) == 1);
        checkShown(n.title);
        checkShown(n.body, kiosk::core::Lines::Many);
    }
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
        // The sync keeps small feeds as one document and re-serialises their records: whatever a
        // page held, that must not recurse without bound (a 60,000-deep record once did).
        nlohmann::json document = nlohmann::json::object();
        for (const auto& item : page->items) document[item.kind].push_back(item.record);
        check(!document.dump().empty());
    } else {
        check(!problem.empty());
    }

    // The whole body as a bundled set, an announcements document and a case catalog.
    const kiosk::core::DisclosureParseResult set = kiosk::core::parseDisclosures(body);
    if (!set.fatal) checkSet(set.set);
    const kiosk::core::AnnouncementLoadResult announcements = kiosk::core::parseAnnouncements(body, "");
    for (const auto& a : announcements.items) {
        check(!a.title.empty());
        checkShown(a.title);
        checkShown(a.body, kiosk::core::Lines::Many);
    }
    for (const auto& slogan : announcements.slogans) checkShown(slogan.text);
    // The one reader refuses what is deeper than its limit, and names offsets, never the text.
    const kiosk::core::JsonInput read = kiosk::core::readJson(body);
    check(read.ok() != read.value.is_discarded());
    const kiosk::core::CaseCatalogLoad catalog = kiosk::core::parseCaseCatalog(body);
    if (catalog.catalog) check(!catalog.catalog->categories.empty());
    return 0;
}
