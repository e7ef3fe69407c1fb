#pragma once
// Reading the platform's content feeds (docs/api.md): the manifest and the pages. Parsing never
// throws and checks every field before anything is used: what arrives may be malformed or hostile.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::net {

struct ManifestFeed {
    std::string name;  // "disclosures", "announcements", ...: [a-z_], at most 32 characters
    int pages = 0;     // 1..kMaxFeedPages
    std::string etag;  // quoted, as in the header
};

struct Manifest {
    std::string version;  // the content version the platform names (goes back in the heartbeat)
    std::vector<ManifestFeed> feeds;
};

// A feed larger than this is refused: 10 000 pages of 500 records is five million records.
constexpr int kMaxFeedPages = 10000;
// And by its bytes, all pages together, so a platform cannot fill the kiosk's disk or memory:
// disclosures 256 MB (100,000 payouts are ~12 MB); the feeds kept as one document in memory
// (announcements, categories) 8 MB.
std::size_t maxFeedBytes(const std::string& feedName);

// Empty (and `problem` says why, in words for the log) when the body is not a usable manifest.
std::optional<Manifest> parseManifest(const std::string& body, std::string& problem);

struct FeedRecord {
    std::string kind;  // which list of the set the record belongs to ("payouts", "set", ...)
    nlohmann::json record;
};

struct FeedPage {
    std::string feed;
    int page = 0;
    int pages = 0;
    std::vector<FeedRecord> items;  // an item without a usable kind is counted in `unreadable`
    int unreadable = 0;
};

// Empty when the body is not a page at all; a page of another feed or position is the caller's
// check (it knows what it asked for).
std::optional<FeedPage> parseFeedPage(const std::string& body, std::string& problem);

}  // namespace kiosk::net
