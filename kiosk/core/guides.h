#pragma once
// 使用指南: how to file, track and scan, as a few short steps per topic. Bundled with the kiosk
// (assets/demo/announcements.json, "guides") and replaceable by the platform's announcements
// feed (records of kind "guides"). An invalid record is skipped and reported.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::core {

struct Guide {
    std::string id;
    std::string title;               // at most 10 characters: it is the topic's button
    std::string icon;                // report, progress, scan, disclosure, keyboard; "" for none
    std::vector<std::string> steps;  // 1 to 6, each one line of at most 40 characters
    bool demonstration = false;      // offers 看一遍演示 (the automatic demonstration)
};

constexpr std::size_t kMaxGuideTitleChars = 10;
constexpr std::size_t kMaxGuideStepChars = 40;
constexpr std::size_t kMaxGuideSteps = 6;
constexpr std::size_t kMaxGuides = 6;

// Appends the valid records of `list` to `guides` (at most kMaxGuides), a line per problem.
void parseGuides(const nlohmann::json& list, std::vector<Guide>& guides, std::vector<std::string>& problems);

}  // namespace kiosk::core
