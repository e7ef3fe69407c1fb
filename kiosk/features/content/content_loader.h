#pragma once
// Loads the content off the UI thread: the disclosures from the SQLite cache in the data folder,
// refreshed from the bundled demo set when the cache holds another version — until a set came
// from the platform (net/content_sync): then the bundled set never replaces it. A broken cache
// never leaves the screen empty: the bundled set is then used straight from its file, and the
// reason goes to the log. The platform's announcements come along when the cache holds them.
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "core/announcements.h"
#include "core/disclosure_index.h"

namespace kiosk {

struct ContentLoadResult {
    core::DisclosureSnapshot disclosures;                          // null when nothing could be loaded at all
    std::optional<std::vector<core::Announcement>> announcements;  // the platform's, when synced
    std::vector<core::Slogan> slogans;                             // with them
    std::vector<core::Guide> guides;                               // with them (none: the bundled stay)
    std::vector<std::string> problems;                             // for the log (no personal data)
    double loadMs = 0;
};

// `imageDir` resolves the announcements' image names.
ContentLoadResult loadContent(const std::string& databasePath, const std::string& bundledDisclosuresPath,
                              const std::string& imageDir = {});

class ContentLoader {
public:
    // One load at a time: a second start while one runs is ignored (and logged by the caller).
    // `loaded` gets the result on the worker's thread.
    bool start(std::string databasePath, std::string bundledPath, std::string imageDir,
               std::function<void(ContentLoadResult)> loaded);
    bool running() const;
    ~ContentLoader();

private:
    std::future<void> pending_;
};

}  // namespace kiosk
