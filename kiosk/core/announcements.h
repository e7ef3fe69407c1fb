#pragma once
// Announcements cycled by the unattended display. Loaded from the content set's
// announcements.json; an invalid record is skipped and reported, the rest loads.
#include <string>
#include <vector>

namespace kiosk::core {

struct Announcement {
    std::string id;
    std::string title;      // at most 40 characters: read from across the hall
    std::string body;       // at most 400 characters
    std::string imagePath;  // absolute path once loaded; empty when the item has no image
};

struct AnnouncementLoadResult {
    std::vector<Announcement> items;
    std::vector<std::string> problems;  // one line per skipped record or file error (no personal data)
};

// `imageDir` resolves relative image names.
AnnouncementLoadResult parseAnnouncements(const std::string& jsonText, const std::string& imageDir);
AnnouncementLoadResult loadAnnouncementsFile(const std::string& path, const std::string& imageDir);

}  // namespace kiosk::core
