#include "app/usage_counters.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <iterator>

#include "storage/whole_file.h"

namespace kiosk {
namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::string error;
    if (!storage::replaceWholeFile(path, text, error)) spdlog::warn("usage counters: {}", error);
}

}  // namespace

UsageCounters::UsageCounters(std::string path, const std::string& today) : path_(std::move(path)) {
    std::ifstream in(path_);
    if (in) {
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (auto restored = core::DailyCounters::fromJson(text)) {
            if (restored->date() == today) counts_ = std::move(*restored);
        } else {
            spdlog::warn("usage counters: {} is unreadable; today starts at zero", path_);
        }
    }
    std::lock_guard lock(published_->mutex);
    published_->json = counts_.date().empty() ? std::string{} : counts_.toJson();
}

UsageCounters::~UsageCounters() {
    if (writing_.valid()) writing_.wait();
    if (dirty_) writeFile(path_, counts_.toJson());
}

void UsageCounters::visit(const std::string& date) {
    counts_.visit(date);
    changed();
}

void UsageCounters::openScreen(const std::string& date, std::string_view screen) {
    counts_.openScreen(date, screen);
    changed();
}

void UsageCounters::fileCase(const std::string& date, std::string_view categoryCode) {
    counts_.fileCase(date, categoryCode);
    changed();
}

void UsageCounters::printSlip(const std::string& date) {
    counts_.printSlip(date);
    changed();
}

void UsageCounters::selfQuery(const std::string& date) {
    counts_.selfQuery(date);
    changed();
}

void UsageCounters::changed() {
    dirty_ = true;
    const std::string json = counts_.toJson();
    std::lock_guard lock(published_->mutex);
    published_->json = json;
}

std::function<std::string()> UsageCounters::reader() const {
    return [published = published_] {
        std::lock_guard lock(published->mutex);
        return published->json;
    };
}

void UsageCounters::saveIfChanged() {
    if (!dirty_) return;
    if (writing_.valid()) {
        if (writing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;  // next time
        writing_.get();
    }
    dirty_ = false;
    writing_ = std::async(std::launch::async, [path = path_, text = counts_.toJson()] { writeFile(path, text); });
}

}  // namespace kiosk
