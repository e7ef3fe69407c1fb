#include "net/content_sync.h"

#include <map>
#include <memory>

#include "core/announcements.h"
#include "core/case_catalog.h"
#include "core/disclosures.h"
#include "core/text_rule.h"
#include "net/content_feed_codec.h"
#include "storage/content_store.h"
#include "storage/sha256.h"

namespace kiosk::net {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRejectedReported = 100;  // the heartbeat stays small

// Problems name kinds, positions, ids and fields (never a value); still, what goes to the log and
// the heartbeat is kept to one short line of text.
std::string printable(const std::string& text) {
    return core::keepText(text, core::Lines::One, 200);
}

std::string feedEtagSetting(const std::string& feed) {
    return "feed_etag:" + feed;
}

// Collects a feed's records, page by page, and applies the set once all pages are in.
class FeedSink {
public:
    virtual ~FeedSink() = default;
    virtual void add(const std::string& kind, json&& record) = 0;
    // Validates and switches to the set together with `alsoSet`; false (and `error`) keeps the old.
    virtual bool apply(storage::ContentStore& store, const storage::ContentStore::Settings& alsoSet,
                       ContentSyncOutcome& out, std::string& error) = 0;
};

void reportRejected(ContentSyncOutcome& out, const std::string& feed, std::string id, const std::string& problem) {
    if (out.rejected.size() < kMaxRejectedReported) out.rejected.push_back({feed, std::move(id), printable(problem)});
}

// Disclosures: validated record by record as pages arrive (a large set never sits in memory as JSON).
class DisclosureSink final : public FeedSink {
public:
    void add(const std::string& kind, json&& record) override {
        if (kind == "set") {
            begun_ = builder_.begin(record);
            if (!begun_) unusable_ = "the set's version or date is unusable";
            return;
        }
        if (!begun_) {
            if (unusable_.empty()) unusable_ = "records came before the set's version";
            return;
        }
        ++records_;
        builder_.add(kind, record);
    }
    bool apply(storage::ContentStore& store, const storage::ContentStore::Settings& alsoSet, ContentSyncOutcome& out,
               std::string& error) override {
        core::DisclosureParseResult result = builder_.finish();
        if (!unusable_.empty() || result.fatal) {
            error = unusable_.empty() ? "the set is unusable" : unusable_;
            return false;
        }
        const core::DisclosureSet& set = result.set;
        const std::size_t kept = set.communities.size() + set.subsidyTypes.size() + set.payouts.size() +
                                 set.finances.size() + set.notices.size();
        if (records_ > 0 && kept == 0) {
            error = "every record was invalid";
            return false;
        }
        for (const core::RejectedRecord& r : result.rejected) {
            reportRejected(out, kDisclosuresFeed, r.id, r.kind + " #" + std::to_string(r.position) + ": " + r.problem);
        }
        for (const std::string& p : result.problems) {
            if (p.rfind("disclosures: unknown list", 0) == 0) reportRejected(out, kDisclosuresFeed, "", p);
        }
        storage::ContentStore::Settings settings = alsoSet;
        settings[storage::kDisclosuresFromPlatformSetting] = "1";
        store.importDisclosures(set, settings);
        return true;
    }

private:
    core::DisclosureBuilder builder_;
    bool begun_ = false;
    std::string unusable_;
    std::size_t records_ = 0;
};

// A small feed kept as one document in the shape of its bundled file, validated by the same parser
// the bundled file goes through.
class DocumentSink final : public FeedSink {
public:
    using Validate = std::function<bool(const std::string& text, std::vector<std::string>& problems)>;
    DocumentSink(std::string feed, std::string documentName, Validate validate)
        : feed_(std::move(feed)), documentName_(std::move(documentName)), validate_(std::move(validate)) {}

    void add(const std::string& kind, json&& record) override {
        if (kind == "set") {
            // The header gives the document its version and nothing else: a header that named a
            // list would replace the list (and a push_back onto text threw, ending the round).
            if (record.is_object() && record.contains("version") && record["version"].is_string())
                version_ = record["version"].get<std::string>();
            return;
        }
        if (kind == "version") return;  // a header field, never a list
        lists_[kind].push_back(std::move(record));
    }
    bool apply(storage::ContentStore& store, const storage::ContentStore::Settings& alsoSet, ContentSyncOutcome& out,
               std::string& error) override {
        json document = json::object();
        if (!version_.empty()) document["version"] = version_;
        for (auto& [kind, list] : lists_) document[kind] = std::move(list);
        lists_.clear();
        const std::string text = document.dump();
        std::vector<std::string> problems;
        if (!validate_(text, problems)) {
            error = problems.empty() ? "nothing usable" : "nothing usable: " + printable(problems.front());
            return false;
        }
        for (const std::string& p : problems) reportRejected(out, feed_, "", p);
        store.setDocument(documentName_, text, alsoSet);
        return true;
    }

private:
    std::string feed_;
    std::string documentName_;
    Validate validate_;
    std::string version_;
    std::map<std::string, json> lists_;  // kind -> its records, in arrival order
};

std::unique_ptr<FeedSink> sinkFor(const std::string& feed) {
    if (feed == kDisclosuresFeed) return std::make_unique<DisclosureSink>();
    if (feed == kAnnouncementsFeed) {
        return std::make_unique<DocumentSink>(
            feed, storage::kAnnouncementsDocument, [](const std::string& text, std::vector<std::string>& problems) {
                core::AnnouncementLoadResult loaded = core::parseAnnouncements(text, "");
                problems = std::move(loaded.problems);
                return !loaded.items.empty() || problems.empty();
            });
    }
    if (feed == kCategoriesFeed) {
        return std::make_unique<DocumentSink>(feed, storage::kCaseCatalogDocument,
                                              [](const std::string& text, std::vector<std::string>& problems) {
                                                  core::CaseCatalogLoad loaded = core::parseCaseCatalog(text);
                                                  problems = std::move(loaded.problems);
                                                  return loaded.catalog.has_value();
                                              });
    }
    return nullptr;
}

// Fetches every page of `feed` into `sink`; "" when all arrived and belong to the manifest's version.
std::string fetchFeed(HttpClient& client, const ContentSync::RequestFor& requestFor, storage::ContentStore& store,
                      const ManifestFeed& feed, FeedSink& sink, ContentSyncOutcome& out) {
    std::string pageEtags;
    std::size_t feedBytes = 0;
    const std::size_t maxBytes = maxFeedBytes(feed.name);
    for (int p = 1; p <= feed.pages; ++p) {
        const std::string where = "page " + std::to_string(p);
        const std::optional<storage::ContentStore::FeedPage> held = store.feedPage(feed.name, p);
        HttpRequest ask = requestFor("/kiosk/feeds/" + feed.name + ".json?page=" + std::to_string(p));
        ask.limits.maxResponseBytes = kMaxFeedPageBytes;
        if (held) ask.headers["If-None-Match"] = held->etag;
        HttpResponse answer = client.perform(ask);
        if (!answer.ok()) return where + ": " + netErrorName(answer.error);
        storage::ContentStore::FeedPage content;
        if (answer.status == 304 && held) {
            content = *held;
        } else if (answer.status == 200) {
            content = {answer.header("etag"), std::move(answer.body)};
            if (content.etag.empty() || content.etag.size() > 80) return where + ": no usable ETag";
        } else {
            return where + ": HTTP " + std::to_string(answer.status);
        }
        feedBytes += content.body.size();
        if (feedBytes > maxBytes) {
            return where + ": the feed is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB";
        }
        std::string problem;
        std::optional<FeedPage> page = parseFeedPage(content.body, problem);
        if (!page) return where + ": " + problem;
        if (page->feed != feed.name || page->page != p || page->pages != feed.pages) {
            return where + ": belongs to another version of the feed (it changed while syncing)";
        }
        // Kept only once it reads as a page: a broken one is asked for in full next time.
        if (answer.status == 200) store.putFeedPage(feed.name, p, content);
        pageEtags += content.etag;
        for (int i = 0; i < page->unreadable; ++i)
            reportRejected(out, feed.name, "", where + ": an item without a kind");
        for (FeedRecord& item : page->items) sink.add(item.kind, std::move(item.record));
    }
    if (storage::quotedEtag(pageEtags) != feed.etag) {
        return "the pages are not all of the version the manifest names (it changed while syncing)";
    }
    return {};
}

}  // namespace

ContentSync::ContentSync(HttpClient& client, RequestFor requestFor, std::string databasePath)
    : client_(client), requestFor_(std::move(requestFor)), databasePath_(std::move(databasePath)) {}

ContentSyncOutcome ContentSync::poll() {
    ContentSyncOutcome out;
    storage::ContentStore store(databasePath_);
    out.version = store.setting(storage::kContentVersionSetting);

    HttpRequest ask = requestFor_("/kiosk/manifest.json");
    const std::string heldManifest = store.setting("manifest_etag");
    if (!heldManifest.empty()) ask.headers["If-None-Match"] = heldManifest;
    const HttpResponse answer = client_.perform(ask);
    if (!answer.ok()) {
        out.errors.push_back(std::string("manifest: ") + netErrorName(answer.error));
        return out;
    }
    out.answered = true;
    out.unchanged = answer.status == 304;
    if (out.unchanged) return out;
    if (answer.status != 200) {
        out.errors.push_back("manifest: HTTP " + std::to_string(answer.status));
        return out;
    }
    std::string problem;
    const std::optional<Manifest> manifest = parseManifest(answer.body, problem);
    if (!manifest) {
        out.errors.push_back(problem);
        return out;
    }

    bool allCurrent = true;
    for (const ManifestFeed& feed : manifest->feeds) {
        std::unique_ptr<FeedSink> sink = sinkFor(feed.name);
        if (!sink || store.setting(feedEtagSetting(feed.name)) == feed.etag) continue;
        std::string error = fetchFeed(client_, requestFor_, store, feed, *sink, out);
        if (error.empty() && !sink->apply(store, {{feedEtagSetting(feed.name), feed.etag}}, out, error)) {
            if (error.empty()) error = "not applied";
        }
        if (!error.empty()) {
            out.errors.push_back(feed.name + ": " + error + " (kept the content held)");
            allCurrent = false;
            continue;
        }
        store.trimFeedPages(feed.name, feed.pages);
        out.appliedFeeds.push_back(feed.name);
    }
    // The manifest's ETag is kept only when every feed is current: otherwise the next poll asks
    // again and retries the feeds that failed (their unchanged pages answer 304).
    if (allCurrent) {
        store.setSetting(storage::kContentVersionSetting, manifest->version);
        const std::string etag = answer.header("etag");
        if (etag.size() <= 80) store.setSetting("manifest_etag", etag);
        out.version = manifest->version;
    }
    return out;
}

}  // namespace kiosk::net
