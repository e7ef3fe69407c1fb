#include "core/announcements.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

constexpr std::size_t kMaxTitleChars = 40;
constexpr std::size_t kMaxBodyChars = 400;

// Returns an empty string when `item[key]` is a valid string of at most `maxChars` characters.
std::string checkText(const nlohmann::json& item, const char* key, std::size_t maxChars, bool required) {
    if (!item.contains(key)) return required ? std::string("missing '") + key + "'" : std::string{};
    if (!item[key].is_string()) return std::string("'") + key + "' is not text";
    const auto& text = item[key].get_ref<const std::string&>();
    if (!isValidUtf8(text)) return std::string("'") + key + "' is not valid UTF-8";
    if (required && text.empty()) return std::string("'") + key + "' is empty";
    if (decodeUtf8(text).size() > maxChars) {
        return std::string("'") + key + "' is longer than " + std::to_string(maxChars) + " characters";
    }
    return {};
}

}  // namespace

AnnouncementLoadResult parseAnnouncements(const std::string& jsonText, const std::string& imageDir) {
    AnnouncementLoadResult result;
    const nlohmann::json root = nlohmann::json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        result.problems.emplace_back("announcements: not valid JSON");
        return result;
    }
    const nlohmann::json* list = root.is_object() && root.contains("announcements") ? &root["announcements"] : &root;
    if (!list->is_array()) {
        result.problems.emplace_back("announcements: expected an array 'announcements'");
        return result;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string where = "announcement #" + std::to_string(i + 1);
        if (!item.is_object()) {
            result.problems.push_back(where + ": not an object, skipped");
            continue;
        }
        std::string problem = checkText(item, "id", 64, true);
        if (problem.empty()) problem = checkText(item, "title", kMaxTitleChars, true);
        if (problem.empty()) problem = checkText(item, "body", kMaxBodyChars, true);
        if (problem.empty()) problem = checkText(item, "image", 200, false);
        if (problem.empty() && item.contains("image")) {
            const std::string image = item["image"].get<std::string>();
            // A content set names files inside its own folder, never a path that climbs out of it.
            if (image.find("..") != std::string::npos || (!image.empty() && image[0] == '/')) {
                problem = "'image' must be a file name inside the content folder";
            }
        }
        if (!problem.empty()) {
            result.problems.push_back(where + ": " + problem + ", skipped");
            continue;
        }
        Announcement a;
        a.id = item["id"].get<std::string>();
        a.title = item["title"].get<std::string>();
        a.body = item["body"].get<std::string>();
        if (item.contains("image") && !item["image"].get<std::string>().empty()) {
            a.imagePath = (std::filesystem::path(imageDir) / item["image"].get<std::string>()).string();
        }
        result.items.push_back(std::move(a));
    }
    return result;
}

AnnouncementLoadResult loadAnnouncementsFile(const std::string& path, const std::string& imageDir) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        AnnouncementLoadResult result;
        result.problems.push_back("announcements: cannot open " + path);
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseAnnouncements(text.str(), imageDir);
}

}  // namespace kiosk::core
