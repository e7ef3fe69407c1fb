#include "support/demo_setup.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace kiosk::testing {

AppSetup windowedDemoSetup(const std::string& dataDir) {
    AppSetup setup;
    setup.config.display.fullscreen = false;
    setup.assetsDir = KIOSK_DEFAULT_ASSETS_DIR;
    setup.dataDir = dataDir;
    return setup;
}

AnnouncementsFile demoAnnouncements(const std::string& assetsDir, const std::string& dir, bool videos) {
    std::ifstream in(std::filesystem::path(assetsDir) / "demo" / "announcements.json");
    nlohmann::json all = nlohmann::json::parse(in);
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& a : all["announcements"])
        if (a.contains("video") == videos) kept.push_back(a);
    all["announcements"] = kept;
    std::filesystem::create_directories(dir);
    const auto path = std::filesystem::path(dir) / (videos ? "video-only.json" : "still-only.json");
    std::ofstream(path) << all.dump();
    return {path.string(), kept.size()};
}

}  // namespace kiosk::testing
