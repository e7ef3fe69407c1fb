#include "content_feeds.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "json_file.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

nlohmann::json readJson(const std::filesystem::path& path) {
    return readJsonFile(path, "content");
}

// Each record is one JSON object with its kind, so one feed can carry a whole set's parts.
std::vector<std::string> recordsOf(const nlohmann::json& set, const std::vector<std::string>& lists) {
    std::vector<std::string> out;
    for (const std::string& list : lists) {
        if (!set.contains(list) || !set[list].is_array()) continue;
        for (const auto& item : set[list]) out.push_back(nlohmann::json{{"kind", list}, {"record", item}}.dump());
    }
    return out;
}

}  // namespace

ContentFeeds::ContentFeeds(const std::string& dir) {
    const std::filesystem::path root(dir);
    const nlohmann::json disclosures = readJson(root / "disclosures.json");
    std::vector<std::string> disclosureRecords = {nlohmann::json{
        {"kind", "set"},
        {"record",
         {{"version", disclosures.value("version", "")}, {"updated_at", disclosures.value("updated_at", "")}}}}
                                                      .dump()};
    for (std::string& r : recordsOf(disclosures, {"communities", "subsidy_types", "payouts", "finances", "notices"})) {
        disclosureRecords.push_back(std::move(r));
    }
    addFeed("disclosures", disclosureRecords);
    addFeed("announcements", recordsOf(readJson(root / "announcements.json"), {"announcements", "slogans", "guides"}));
    const nlohmann::json catalog = readJson(root / "case_catalog.json");
    std::vector<std::string> catalogRecords = {
        nlohmann::json{{"kind", "set"}, {"record", {{"version", catalog.value("version", "")}}}}.dump()};
    for (std::string& r : recordsOf(catalog, {"categories", "communities"})) catalogRecords.push_back(std::move(r));
    addFeed("categories", catalogRecords);

    nlohmann::json manifest = {{"feeds", nlohmann::json::array()}};
    std::string all;
    for (const auto& [name, pages] : feeds_) {
        std::string etags;
        for (const FeedPage& p : pages) etags += p.etag;
        const std::string feedEtag = storage::quotedEtag(etags);
        manifest["feeds"].push_back({{"name", name}, {"pages", pages.size()}, {"etag", feedEtag}});
        all += feedEtag;
    }
    manifest["version"] = storage::quotedEtag(all).substr(1, 32);
    manifest_.body = manifest.dump();
    manifest_.etag = storage::quotedEtag(manifest_.body);
}

void ContentFeeds::addFeed(const std::string& name, const std::vector<std::string>& records) {
    std::vector<FeedPage>& pages = feeds_[name];
    const std::size_t count = std::max<std::size_t>(1, (records.size() + kRecordsPerPage - 1) / kRecordsPerPage);
    for (std::size_t p = 0; p < count; ++p) {
        std::string items = "[";
        for (std::size_t i = p * kRecordsPerPage; i < std::min(records.size(), (p + 1) * kRecordsPerPage); ++i) {
            if (items.size() > 1) items += ',';
            items += records[i];
        }
        items += ']';
        FeedPage page;
        page.body = R"({"feed":")" + name + R"(","page":)" + std::to_string(p + 1) + R"(,"pages":)" +
                    std::to_string(count) + R"(,"items":)" + items + "}";
        page.etag = storage::quotedEtag(page.body);
        pages.push_back(std::move(page));
    }
}

const FeedPage* ContentFeeds::page(const std::string& feed, int n) const {
    const auto it = feeds_.find(feed);
    if (it == feeds_.end() || n < 1 || static_cast<std::size_t>(n) > it->second.size()) return nullptr;
    return &it->second[static_cast<std::size_t>(n - 1)];
}

}  // namespace kiosk::server
