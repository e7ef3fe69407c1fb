#pragma once
// Where the kiosk's files are: the config, the assets it was built or installed with, the data
// folder — and, named once here, every file it keeps in them.
#include <filesystem>
#include <string>

namespace kiosk {

std::string versionText();
std::string defaultConfigFile();
// Empty config value: the assets folder the kiosk was built with.
std::string resolveAssetsDir(const std::string& configured);
// Empty config value: $XDG_STATE_HOME/yidiantong-kiosk, else ~/.local/state/yidiantong-kiosk.
std::string resolveDataDir(const std::string& configured);

// The files of the data folder (kiosk.data_dir; docs/operator.md "Backups").
struct DataPaths {
    std::filesystem::path dir;
    std::string outbox() const { return (dir / "outbox.db").string(); }    // cases until acknowledged
    std::string content() const { return (dir / "content.db").string(); }  // disclosures, announcements, catalog
    std::string usageCounters() const { return (dir / "usage_counters.json").string(); }
    std::string photos() const { return (dir / "photos").string(); }  // a case's photos until sent
    std::string staffLockout() const { return (dir / "staff_lockout").string(); }
    // The device id and token the platform issued at enrolment (mode 0600), or the code waiting.
    std::string enrolment() const { return (dir / "enrolment.json").string(); }
    // The platform's remote config: the good one and the one on trial (mode 0600).
    std::string fontCache() const { return (dir / "font-cache").string(); }  // built atlases (ui/font_atlas_cache.h)
    std::string remoteConfig() const { return (dir / "remote-config.json").string(); }
    // 演示模式's own outbox, removed when it ends, so practice never reaches the platform.
    std::filesystem::path demoFolder() const { return dir / "demo"; }
    std::string demoOutbox() const { return (demoFolder() / "outbox.db").string(); }
};

// The bundled files of the assets folder.
struct AssetPaths {
    std::filesystem::path dir;
    std::filesystem::path demo() const { return dir / "demo"; }
    std::string caseCatalog() const { return (demo() / "case_catalog.json").string(); }
    std::string demoCases() const { return (demo() / "demo_cases.json").string(); }
    std::string announcements() const { return (demo() / "announcements.json").string(); }
    std::string disclosures() const { return (demo() / "disclosures.json").string(); }
    std::string quickPhrases() const { return (demo() / "quick_phrases.json").string(); }
    std::string contentImages() const { return (demo() / "images").string(); }
    std::string staffTour() const { return (demo() / "full_process.tour").string(); }
    std::string stringTable(const std::string& language) const {
        return (dir / "i18n" / (language + ".toml")).string();
    }
};

}  // namespace kiosk
