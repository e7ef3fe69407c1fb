#include "content_loader.h"

#include <chrono>
#include <filesystem>

#include "storage/bzip2_file.h"
#include "storage/content_store.h"

namespace kiosk {

namespace {

// The pinyin table is the same for every content set: read once per process.
const core::PinyinTable* pinyinTable(std::vector<std::string>& problems) {
    static const std::optional<core::PinyinTable> table = []() -> std::optional<core::PinyinTable> {
        const auto text = storage::readBzip2File(KIOSK_UNIHAN_READINGS);
        if (!text) return std::nullopt;
        return core::PinyinTable::fromUnihan(*text);
    }();
    if (!table) {
        problems.emplace_back(std::string("name search unavailable: cannot read ") + KIOSK_UNIHAN_READINGS +
                              " (install the Debian package unicode-data)");
        return nullptr;
    }
    return &*table;
}

}  // namespace

ContentLoadResult loadContent(const std::string& databasePath, const std::string& bundledDisclosuresPath) {
    const auto started = std::chrono::steady_clock::now();
    ContentLoadResult result;
    const core::PinyinTable* pinyin = pinyinTable(result.problems);
    auto finish = [&] {
        result.loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        return result;
    };
    core::DisclosureParseResult bundled;
    auto parseBundled = [&] {
        bundled = core::loadDisclosuresFile(bundledDisclosuresPath);
        for (const auto& p : bundled.problems) result.problems.push_back("bundled content: " + p);
    };
    try {
        std::filesystem::create_directories(std::filesystem::path(databasePath).parent_path());
        storage::ContentStore store(databasePath);
        parseBundled();
        if (!bundled.fatal && store.disclosureVersion() != bundled.set.version) {
            store.importDisclosures(bundled.set);
        }
        if (auto set = store.loadDisclosures()) {
            result.disclosures = std::make_shared<const core::DisclosureIndex>(std::move(*set), pinyin);
            return finish();
        }
    } catch (const std::exception& e) {
        result.problems.push_back(std::string("content cache unavailable, showing the bundled set: ") + e.what());
    }
    if (bundled.set.version.empty() && !bundled.fatal) parseBundled();
    if (!bundled.fatal) {
        result.disclosures = std::make_shared<const core::DisclosureIndex>(std::move(bundled.set), pinyin);
    }
    return finish();
}

void ContentLoader::start(std::string databasePath, std::string bundledPath, std::function<void()> wakeUiThread) {
    pending_ = std::async(std::launch::async, [db = std::move(databasePath), bundled = std::move(bundledPath),
                                               wake = std::move(wakeUiThread)] {
        ContentLoadResult result = loadContent(db, bundled);
        if (wake) wake();
        return result;
    });
}

std::optional<ContentLoadResult> ContentLoader::takeIfReady() {
    if (!pending_.valid() || pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return std::nullopt;
    }
    return pending_.get();
}

ContentLoader::~ContentLoader() {
    if (pending_.valid()) pending_.wait();
}

}  // namespace kiosk
