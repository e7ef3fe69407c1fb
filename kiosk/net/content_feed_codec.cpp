#include "net/content_feed_codec.h"

#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/text_rule.h"

namespace kiosk::net {
namespace {

using nlohmann::json;

bool isFeedName(const std::string& name) {
    if (name.empty() || name.size() > 32) return false;
    for (char c : name) {
        if (!(c >= 'a' && c <= 'z') && c != '_') return false;
    }
    return true;
}

// An ETag as sent in a header: quoted, printable ASCII, short.
bool isEtag(const std::string& etag) {
    if (etag.size() < 2 || etag.size() > 80 || etag.front() != '"' || etag.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < etag.size(); ++i) {
        const char c = etag[i];
        if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\\') return false;
    }
    return true;
}

bool isVersion(const std::string& version) {
    return core::isPlainToken(version, 64);
}

int pageCount(const json& object, const char* key) {
    return static_cast<int>(core::jsonInteger(object, key, {1, kMaxFeedPages}).value_or(0));
}

}  // namespace

std::size_t maxFeedBytes(const std::string& feedName) {
    return feedName == "disclosures" ? std::size_t{256} * 1024 * 1024 : std::size_t{8} * 1024 * 1024;
}

std::optional<Manifest> parseManifest(const std::string& body, std::string& problem) {
    core::JsonInput in = core::readJson(body);
    if (!in.ok() || !in.value.is_object()) {
        problem = "manifest: " + (in.ok() ? std::string("not a JSON object") : in.problem);
        return std::nullopt;
    }
    const json& root = in.value;
    Manifest manifest;
    if (!root.contains("version") || !root["version"].is_string() ||
        !isVersion(root["version"].get_ref<const std::string&>())) {
        problem = "manifest: 'version' missing or not a short printable text";
        return std::nullopt;
    }
    manifest.version = root["version"].get<std::string>();
    if (!root.contains("feeds") || !root["feeds"].is_array() || root["feeds"].size() > 64) {
        problem = "manifest: 'feeds' must be a list of at most 64";
        return std::nullopt;
    }
    for (const json& feed : root["feeds"]) {
        ManifestFeed f;
        if (feed.is_object() && feed.contains("name") && feed["name"].is_string())
            f.name = feed["name"].get<std::string>();
        if (!isFeedName(f.name)) {
            problem = "manifest: a feed without a usable name";
            return std::nullopt;
        }
        f.pages = pageCount(feed, "pages");
        if (feed.contains("etag") && feed["etag"].is_string()) f.etag = feed["etag"].get<std::string>();
        if (f.pages == 0 || !isEtag(f.etag)) {
            problem = "manifest: feed '" + f.name + "' needs 1.." + std::to_string(kMaxFeedPages) +
                      " pages and a quoted ETag";
            return std::nullopt;
        }
        for (const ManifestFeed& other : manifest.feeds) {
            if (other.name == f.name) {
                problem = "manifest: feed '" + f.name + "' named twice";
                return std::nullopt;
            }
        }
        manifest.feeds.push_back(std::move(f));
    }
    return manifest;
}

std::optional<FeedPage> parseFeedPage(const std::string& body, std::string& problem) {
    core::JsonInput in = core::readJson(body);
    if (!in.ok() || !in.value.is_object()) {
        problem = "feed page: " + (in.ok() ? std::string("not a JSON object") : in.problem);
        return std::nullopt;
    }
    json& root = in.value;
    FeedPage page;
    if (root.contains("feed") && root["feed"].is_string()) page.feed = root["feed"].get<std::string>();
    page.page = pageCount(root, "page");
    page.pages = pageCount(root, "pages");
    if (!isFeedName(page.feed) || page.page == 0 || page.pages == 0 || page.page > page.pages) {
        problem = "feed page: 'feed', 'page' and 'pages' missing or out of range";
        return std::nullopt;
    }
    if (!root.contains("items") || !root["items"].is_array()) {
        problem = "feed page: 'items' is not a list";
        return std::nullopt;
    }
    json& items = root["items"];
    page.items.reserve(items.size());
    for (json& item : items) {
        if (!item.is_object() || !item.contains("kind") || !item["kind"].is_string() || !item.contains("record") ||
            !isFeedName(item["kind"].get_ref<const std::string&>())) {
            ++page.unreadable;
            continue;
        }
        page.items.push_back({item["kind"].get<std::string>(), std::move(item["record"])});
    }
    return page;
}

}  // namespace kiosk::net
