#pragma once
// Announcements cycled by the unattended display (core/playlist decides which shows when).
// Loaded from the content set's announcements.json ("announcements", "slogans" and "guides"); an invalid
// record is skipped and reported, the rest loads.
#include <optional>
#include <string>
#include <vector>

#include "core/guides.h"

namespace kiosk::core {

// When an announcement shows on the unattended display (every field optional).
struct AnnouncementSchedule {
    std::optional<int> firstDate;    // yyyymmdd, from this day on ("start": "2026-11-01")
    std::optional<int> lastDate;     // yyyymmdd, up to and including this day ("end")
    std::vector<int> weekdays;       // 1 Monday ... 7 Sunday; empty: every day
    std::optional<int> fromMinute;   // the time-of-day window, minutes after midnight ("from": "08:30")
    std::optional<int> untilMinute;  // ("until": "17:30"); both or neither
    int seconds = 0;                 // how long it shows; 0: the configured slide time
    int priority = 0;                // 0..9: higher shows earlier in the loop
    bool urgent = false;             // interrupts the loop while it is scheduled
};

struct Announcement {
    std::string id;
    std::string title;      // at most 40 characters: read from across the hall
    std::string body;       // at most 400 characters
    std::string imagePath;  // absolute path once loaded; empty when the item has no image
    std::string videoPath;  // a video played in the picture's place (looping, silent); empty for none
    AnnouncementSchedule schedule;
};

// A line of the slogan strip that scrolls along the unattended display (电子屏滚动播放宣传标语).
// Only the schedule's days, weekdays and time-of-day window apply.
struct Slogan {
    std::string id;
    std::string text;  // at most 60 characters, one line
    AnnouncementSchedule schedule;
};

struct AnnouncementLoadResult {
    std::vector<Announcement> items;
    std::vector<Slogan> slogans;
    std::vector<Guide> guides;          // 使用指南's topics ("guides")
    std::vector<std::string> problems;  // one line per skipped record or file error (no personal data)
};

// `imageDir` resolves relative image names.
AnnouncementLoadResult parseAnnouncements(const std::string& jsonText, const std::string& imageDir);
AnnouncementLoadResult loadAnnouncementsFile(const std::string& path, const std::string& imageDir);

}  // namespace kiosk::core
