#pragma once
// The SQLite cache of what the kiosk shows (disclosures now; announcements and guides later).
// A new content set is written beside the old one and switched to in the same transaction, so a
// reader (or a power cut) sees the old set or the new one, never half of either.
#include <map>
#include <optional>
#include <string>

#include "core/disclosures.h"
#include "storage/sqlite_db.h"

namespace kiosk::storage {

// Documents and settings the platform's content sync keeps here (net/content_sync).
inline constexpr const char* kAnnouncementsDocument = "announcements";
inline constexpr const char* kCaseCatalogDocument = "case_catalog";
inline constexpr const char* kContentVersionSetting = "platform_content_version";
// "1" once a disclosure set came from the platform: the bundled demo set no longer replaces it.
inline constexpr const char* kDisclosuresFromPlatformSetting = "disclosures_from_platform";

class ContentStore {
public:
    explicit ContentStore(const std::string& path);

    using Settings = std::map<std::string, std::string>;

    // `alsoSet` are settings written in the same transaction (e.g. which feed version this is).
    void importDisclosures(const core::DisclosureSet& set, const Settings& alsoSet = {});
    // The bundled demo set, unless a set from the platform is in: checked inside the write
    // transaction, so a sync that switched meanwhile (another connection) is never overwritten.
    // The same version is not written again (only `alsoSet`). False when the platform's set stays.
    bool importBundledDisclosures(const core::DisclosureSet& set, const Settings& alsoSet = {});
    std::optional<core::DisclosureSet> loadDisclosures();
    // Version of the active disclosure set, empty when there is none.
    std::string disclosureVersion();
    // Small facts about the cache (e.g. which bundled file it was filled from), by key.
    std::string setting(const std::string& key);
    void setSetting(const std::string& key, const std::string& value);

    // A whole small content document (announcements, the case catalog) as received, by name; empty
    // when there is none. Replaced together with `alsoSet` in one transaction.
    std::string document(const std::string& name);
    void setDocument(const std::string& name, const std::string& body, const Settings& alsoSet = {});

    // The platform's feed pages as last received, so an unchanged page is asked for with its ETag
    // (304) and a sync cut halfway goes on where it stopped.
    struct FeedPage {
        std::string etag;
        std::string body;
    };
    std::optional<FeedPage> feedPage(const std::string& feed, int page);
    void putFeedPage(const std::string& feed, int page, const FeedPage& content);
    // Forgets pages after `pages` (the feed got shorter).
    void trimFeedPages(const std::string& feed, int pages);

private:
    void writeDisclosures(const core::DisclosureSet& set);  // inside the caller's transaction
    void createSchema();
    void writeSettings(const Settings& settings);
    Database db_;
};

}  // namespace kiosk::storage
