#include "features/content/content_loader.h"

#include <malloc.h>

#include <chrono>
#include <filesystem>

#include "storage/bzip2_file.h"
#include "storage/content_store.h"

namespace kiosk {

namespace {

// Readings for name search, read per content load on this worker (~200 ms) and dropped once the
// index has taken its keys: keeping the whole table would cost memory every hour of the day.
std::optional<core::PinyinTable> loadPinyinTable(std::vector<std::string>& problems) {
    const auto text = storage::readBzip2File(KIOSK_UNIHAN_READINGS);
    if (!text) {
        problems.emplace_back(std::string("name search unavailable: cannot read ") + KIOSK_UNIHAN_READINGS +
                              " (install the Debian package unicode-data)");
        return std::nullopt;
    }
    return core::PinyinTable::fromUnihan(*text);
}

// Path, size and modification time: enough to notice that a bundled file was replaced.
std::string fileSignature(const std::string& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) return {};
    const auto mtime = std::filesystem::last_write_time(path, error).time_since_epoch().count();
    return path + "|" + std::to_string(size) + "|" + std::to_string(mtime);
}

// The load itself. Its scratch (the pinyin table, the cache's connection and page cache, a parsed
// file) lives in here and is gone when it returns.
ContentLoadResult loadWithScratch(const std::string& databasePath, const std::string& bundledDisclosuresPath,
                                  const std::string& imageDir) {
    ContentLoadResult result;
    const std::optional<core::PinyinTable> pinyinData = loadPinyinTable(result.problems);
    const core::PinyinTable* pinyin = pinyinData ? &*pinyinData : nullptr;
    core::DisclosureParseResult bundled;
    auto parseBundled = [&] {
        bundled = core::loadDisclosuresFile(bundledDisclosuresPath);
        for (const auto& p : bundled.problems) result.problems.push_back("bundled content: " + p);
    };
    try {
        std::filesystem::create_directories(std::filesystem::path(databasePath).parent_path());
        storage::ContentStore store(databasePath);
        // The bundled file is parsed only when it changed since it last filled the cache: parsing
        // a large set costs far more time and memory than reading the cache.
        const std::string signature = fileSignature(bundledDisclosuresPath);
        const bool fromPlatform = store.setting(storage::kDisclosuresFromPlatformSetting) == "1";
        if (!fromPlatform && (store.disclosureVersion().empty() || store.setting("bundled_disclosures") != signature)) {
            parseBundled();
            if (!bundled.fatal) {
                // A sync may have switched to the platform's set while this parsed: then it stays.
                store.importBundledDisclosures(bundled.set, {{"bundled_disclosures", signature}});
            }
            bundled.set = {};
            malloc_trim(0);  // the parse's peak is transient: give it back to the system
        }
        if (const std::string synced = store.document(storage::kAnnouncementsDocument); !synced.empty()) {
            core::AnnouncementLoadResult announcements = core::parseAnnouncements(synced, imageDir);
            for (const auto& p : announcements.problems) result.problems.push_back("synced " + p);
            result.announcements = std::move(announcements.items);
            result.slogans = std::move(announcements.slogans);
            result.guides = std::move(announcements.guides);
        }
        if (auto set = store.loadDisclosures()) {
            result.disclosures = std::make_shared<const core::DisclosureIndex>(std::move(*set), pinyin);
            return result;
        }
    } catch (const std::exception& e) {
        result.problems.push_back(std::string("content cache unavailable, showing the bundled set: ") + e.what());
    }
    if (bundled.set.version.empty()) parseBundled();
    if (!bundled.fatal) {
        result.disclosures = std::make_shared<const core::DisclosureIndex>(std::move(bundled.set), pinyin);
    }
    return result;
}

}  // namespace

ContentLoadResult loadContent(const std::string& databasePath, const std::string& bundledDisclosuresPath,
                              const std::string& imageDir) {
    const auto started = std::chrono::steady_clock::now();
    ContentLoadResult result = loadWithScratch(databasePath, bundledDisclosuresPath, imageDir);
    // The scratch is freed but still resident in this worker's arena (the pinyin table alone is
    // ~13 MB): give it back to the system, now that nothing of it is alive.
    malloc_trim(0);
    result.loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return result;
}

bool ContentLoader::start(std::string databasePath, std::string bundledPath, std::string imageDir,
                          std::function<void(ContentLoadResult)> loaded) {
    if (running()) return false;
    pending_ = std::async(std::launch::async, [db = std::move(databasePath), bundled = std::move(bundledPath),
                                               images = std::move(imageDir), loaded = std::move(loaded)] {
        ContentLoadResult result = loadContent(db, bundled, images);
        if (loaded) loaded(std::move(result));
    });
    return true;
}

bool ContentLoader::running() const {
    return pending_.valid() && pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

ContentLoader::~ContentLoader() {
    if (pending_.valid()) pending_.wait();
}

}  // namespace kiosk
