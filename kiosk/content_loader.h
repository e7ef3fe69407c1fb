#pragma once
// Loads the disclosure content off the UI thread: the SQLite cache in the data folder, refreshed
// from the bundled demo set when the cache holds another version (until sync with the platform
// arrives, the bundled set is the source). A broken cache never leaves the screen empty: the
// bundled set is then used straight from its file, and the reason goes to the log.
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "core/disclosure_index.h"

namespace kiosk {

struct ContentLoadResult {
    core::DisclosureSnapshot disclosures;  // null when nothing could be loaded at all
    std::vector<std::string> problems;     // for the log (no personal data)
    double loadMs = 0;
};

ContentLoadResult loadContent(const std::string& databasePath, const std::string& bundledDisclosuresPath);

class ContentLoader {
public:
    // One load at a time: a second start while one runs is ignored (and logged by the caller).
    bool start(std::string databasePath, std::string bundledPath, std::function<void()> wakeUiThread);
    bool loading() const { return pending_.valid(); }
    // UI thread: the result once the worker is done.
    std::optional<ContentLoadResult> takeIfReady();
    ~ContentLoader();

private:
    std::future<ContentLoadResult> pending_;
};

}  // namespace kiosk
