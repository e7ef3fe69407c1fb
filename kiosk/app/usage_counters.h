#pragma once
// Keeps today's use counts (core/daily_counters) for the heartbeat: counted on the UI thread,
// read by the sync worker through `reader()`, kept in a small file in the data folder so a
// restart does not lose the day. The file is written off the UI thread, when a session ends.
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>

#include "core/daily_counters.h"

namespace kiosk {

class UsageCounters {
public:
    // Restores the counts in `path` when they are of `today` ("2026-11-22").
    UsageCounters(std::string path, const std::string& today);
    ~UsageCounters();  // the counts so far are written before the app goes
    UsageCounters(const UsageCounters&) = delete;
    UsageCounters& operator=(const UsageCounters&) = delete;

    void visit(const std::string& date);
    void openScreen(const std::string& date, std::string_view screen);
    void fileCase(const std::string& date, std::string_view categoryCode);
    void printSlip(const std::string& date);
    void selfQuery(const std::string& date);
    const core::DailyCounters& counts() const { return counts_; }

    // Thread-safe: the counts as the heartbeat sends them (JSON).
    std::function<std::string()> reader() const;
    // UI thread: starts writing the file when counts changed since the last write (one write at a time).
    void saveIfChanged();

private:
    void changed();
    struct Published {
        std::mutex mutex;
        std::string json;
    };
    std::string path_;
    core::DailyCounters counts_;
    std::shared_ptr<Published> published_ = std::make_shared<Published>();
    bool dirty_ = false;
    std::future<void> writing_;
};

}  // namespace kiosk
