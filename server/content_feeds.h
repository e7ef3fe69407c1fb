#pragma once
// The content a kiosk shows, served as feeds (docs/api.md): a manifest naming each feed with its
// page count and ETag, and the pages. Built once at start from a content folder (the bundled demo
// set by default); every page and the manifest carry an ETag so an unchanged kiosk gets 304.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::server {

struct FeedPage {
    std::string body;  // JSON
    std::string etag;  // quoted, as in the header
};

class ContentFeeds {
public:
    static constexpr std::size_t kRecordsPerPage = 500;

    // Reads disclosures.json, announcements.json and case_catalog.json from `dir`; throws with
    // the file named when one cannot be read.
    explicit ContentFeeds(const std::string& dir);

    const FeedPage& manifest() const { return manifest_; }
    // Page `n` (1-based) of `feed`, or nothing.
    const FeedPage* page(const std::string& feed, int n) const;

private:
    void addFeed(const std::string& name, const std::vector<std::string>& records);
    std::map<std::string, std::vector<FeedPage>> feeds_;
    FeedPage manifest_;
};

}  // namespace kiosk::server
