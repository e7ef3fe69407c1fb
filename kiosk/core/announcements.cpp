#include "core/announcements.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/guides.h"
#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/json_text.h"
#include "core/utf8.h"

namespace kiosk::core {
namespace {

constexpr std::size_t kMaxTitleChars = 40;
constexpr std::size_t kMaxBodyChars = 400;
constexpr std::size_t kMaxSloganChars = 60;

// "2026-11-01" -> 20261101; nothing for anything else (including impossible months and days).
std::optional<int> parseDate(const nlohmann::json& v) {
    if (!v.is_string()) return std::nullopt;
    const std::string& t = v.get_ref<const std::string&>();
    int y = 0;
    int m = 0;
    int d = 0;
    char tail = 0;
    if (t.size() != 10 || std::sscanf(t.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
    if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    return y * 10000 + m * 100 + d;
}

// "08:30" -> 510; "24:00" is the end of the day (1440).
std::optional<int> parseTimeOfDay(const nlohmann::json& v) {
    if (!v.is_string()) return std::nullopt;
    const std::string& t = v.get_ref<const std::string&>();
    int h = 0;
    int m = 0;
    char tail = 0;
    if (t.size() != 5 || std::sscanf(t.c_str(), "%2d:%2d%c", &h, &m, &tail) != 2) return std::nullopt;
    if (h < 0 || m < 0 || m > 59 || h * 60 + m > 1440) return std::nullopt;
    return h * 60 + m;
}

// The optional schedule fields; the problem in words, or "" when they are fine.
std::string parseSchedule(const nlohmann::json& item, AnnouncementSchedule& s) {
    if (item.contains("start") && !(s.firstDate = parseDate(item["start"])))
        return "'start' is not a date like 2026-11-01";
    if (item.contains("end") && !(s.lastDate = parseDate(item["end"]))) return "'end' is not a date like 2026-11-30";
    if (s.firstDate && s.lastDate && *s.lastDate < *s.firstDate) return "'end' is before 'start'";
    if (item.contains("weekdays")) {
        const nlohmann::json& w = item["weekdays"];
        if (!w.is_array() || w.empty() || w.size() > 7) return "'weekdays' is not a list of 1 (Monday) to 7 (Sunday)";
        for (const auto& d : w) {
            const auto day = jsonInteger(d, {1, 7});
            if (!day) return "'weekdays' is not a list of 1 (Monday) to 7 (Sunday)";
            s.weekdays.push_back(static_cast<int>(*day));
        }
    }
    if (item.contains("from") != item.contains("until")) return "'from' and 'until' go together";
    if (item.contains("from")) {
        s.fromMinute = parseTimeOfDay(item["from"]);
        s.untilMinute = parseTimeOfDay(item["until"]);
        if (!s.fromMinute || !s.untilMinute || *s.fromMinute == *s.untilMinute)
            return "'from' / 'until' are not two different times like 08:30";
    }
    if (item.contains("seconds")) {
        const auto seconds = jsonInteger(item, "seconds", {3, 600});
        if (!seconds) return "'seconds' is not 3..600";
        s.seconds = static_cast<int>(*seconds);
    }
    if (item.contains("priority")) {
        const auto priority = jsonInteger(item, "priority", {0, 9});
        if (!priority) return "'priority' is not 0..9";
        s.priority = static_cast<int>(*priority);
    }
    if (item.contains("urgent")) {
        if (!item["urgent"].is_boolean()) return "'urgent' is not true or false";
        s.urgent = item["urgent"].get<bool>();
    }
    return {};
}

// A feed names each record once; a later record with a used id is refused (the first stays).
std::string duplicateId() {
    return "'id' repeats an earlier record's";
}

// The optional "slogans" list next to "announcements".
void parseSlogans(const nlohmann::json& root, AnnouncementLoadResult& result) {
    if (!root.is_object() || !root.contains("slogans")) return;
    const nlohmann::json& list = root["slogans"];
    if (!list.is_array()) {
        result.problems.emplace_back("slogans: expected an array 'slogans'");
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& item = list[i];
        const std::string where = "slogan #" + std::to_string(i + 1);
        if (!item.is_object()) {
            result.problems.push_back(where + ": not an object, skipped");
            continue;
        }
        std::string problem = checkJsonText(item, "id", Lines::One, 64, true);
        if (problem.empty()) problem = checkJsonText(item, "text", Lines::One, kMaxSloganChars, true);
        Slogan slogan;
        if (problem.empty()) problem = parseSchedule(item, slogan.schedule);
        if (problem.empty() && !ids.insert(item["id"].get<std::string>()).second) problem = duplicateId();
        if (!problem.empty()) {
            result.problems.push_back(where + ": " + problem + ", skipped");
            continue;
        }
        slogan.id = item["id"].get<std::string>();
        slogan.text = item["text"].get<std::string>();
        result.slogans.push_back(std::move(slogan));
    }
}

}  // namespace

AnnouncementLoadResult parseAnnouncements(const std::string& jsonText, const std::string& imageDir) {
    AnnouncementLoadResult result;
    const JsonInput in = readJson(jsonText);
    if (!in.ok()) {
        result.problems.push_back("announcements: " + in.problem);
        return result;
    }
    const nlohmann::json& root = in.value;
    static const nlohmann::json kNone = nlohmann::json::array();
    const nlohmann::json* list = &root;
    if (root.is_object() && root.contains("announcements")) list = &root["announcements"];
    if (root.is_object() && !root.contains("announcements") && (root.contains("slogans") || root.contains("guides")))
        list = &kNone;
    if (!list->is_array()) {
        result.problems.emplace_back("announcements: expected an array 'announcements'");
        return result;
    }
    parseSlogans(root, result);
    if (root.is_object() && root.contains("guides")) parseGuides(root["guides"], result.guides, result.problems);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string where = "announcement #" + std::to_string(i + 1);
        if (!item.is_object()) {
            result.problems.push_back(where + ": not an object, skipped");
            continue;
        }
        std::string problem = checkJsonText(item, "id", Lines::One, 64, true);
        if (problem.empty()) problem = checkJsonText(item, "title", Lines::One, kMaxTitleChars, true);
        if (problem.empty()) problem = checkJsonText(item, "body", Lines::Many, kMaxBodyChars, true);
        if (problem.empty()) problem = checkJsonText(item, "image", Lines::One, 200, false);
        if (problem.empty()) problem = checkJsonText(item, "video", Lines::One, 200, false);
        // A content set names files inside its own folder, never a path that climbs out of it.
        for (const char* key : {"image", "video"}) {
            if (!problem.empty() || !item.contains(key)) continue;
            const std::string& name = item[key].get_ref<const std::string&>();
            if (name.find("..") != std::string::npos || (!name.empty() && name[0] == '/'))
                problem = std::string("'") + key + "' must be a file name inside the content folder";
        }
        Announcement a;
        if (problem.empty()) problem = parseSchedule(item, a.schedule);
        if (problem.empty() && !ids.insert(item["id"].get<std::string>()).second) problem = duplicateId();
        if (!problem.empty()) {
            result.problems.push_back(where + ": " + problem + ", skipped");
            continue;
        }
        a.id = item["id"].get<std::string>();
        a.title = item["title"].get<std::string>();
        a.body = item["body"].get<std::string>();
        if (item.contains("image") && !item["image"].get<std::string>().empty()) {
            a.imagePath = (std::filesystem::path(imageDir) / item["image"].get<std::string>()).string();
        }
        if (item.contains("video") && !item["video"].get<std::string>().empty()) {
            a.videoPath = (std::filesystem::path(imageDir) / item["video"].get<std::string>()).string();
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
