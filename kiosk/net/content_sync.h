#pragma once
// Keeps the kiosk's content (disclosures, announcements, the case catalog) the platform's: the
// manifest is asked for with the ETag held (304 when nothing changed, the usual answer); a feed
// whose ETag changed is fetched page by page, each page again with the ETag held; every record is
// validated, a bad one skipped and reported; and a set is switched to in one transaction only
// when all its pages arrived and belong to the version the manifest named. Until then, and when
// anything fails, the kiosk keeps showing what it had. Runs on the sync worker.
#include <functional>
#include <string>
#include <vector>

#include "net/http_client.h"

namespace kiosk::net {

// A record the kiosk skipped, for the heartbeat (no personal data: ids and field names only).
struct RejectedContent {
    std::string feed;
    std::string id;
    std::string problem;
};

struct ContentSyncOutcome {
    bool answered = false;                  // the platform answered the manifest request
    bool unchanged = false;                 // ... with 304: nothing changed since the last poll
    std::vector<std::string> appliedFeeds;  // sets switched to in this poll: the app reloads them
    std::string version;                    // the content version held now ("" before the first)
    std::vector<RejectedContent> rejected;  // records skipped in the sets applied by this poll
    std::vector<std::string> errors;        // for the log: why a feed was not applied (kept the old)
};

// The feeds this kiosk shows (others in the manifest are left alone).
inline constexpr const char* kDisclosuresFeed = "disclosures";
inline constexpr const char* kAnnouncementsFeed = "announcements";
inline constexpr const char* kCategoriesFeed = "categories";

class ContentSync {
public:
    using RequestFor = std::function<HttpRequest(const std::string& path)>;  // path below the base URL
    ContentSync(HttpClient& client, RequestFor requestFor, std::string databasePath);
    ContentSyncOutcome poll();

private:
    HttpClient& client_;
    RequestFor requestFor_;
    std::string databasePath_;
};

// Largest page the kiosk accepts (docs/api.md).
inline constexpr std::size_t kMaxFeedPageBytes = 4 * 1024 * 1024;

}  // namespace kiosk::net
