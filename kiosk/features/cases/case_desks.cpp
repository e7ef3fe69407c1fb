#include "features/cases/case_desks.h"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "app/kiosk_paths.h"

namespace kiosk {

CaseDesks::CaseDesks(const DataPaths& data, const AssetPaths& assets)
    : data_(data), assets_(assets), real_(assets.caseCatalog(), data.outbox(), data.content()) {}

bool CaseDesks::openDemo() {
    if (demo_) return true;
    std::error_code error;
    std::filesystem::create_directories(data_.demoFolder(), error);
    demo_ = std::make_unique<CaseDesk>(assets_.caseCatalog(), data_.demoOutbox(), data_.content());
    // With the demonstration cases (added once), so 查询进度 has cases to show.
    demo_->open(assets_.demoCases());
    if (!demo_->available()) {
        spdlog::error("demo: the sandbox outbox cannot be opened; no demonstration");
        demo_.reset();
        return false;
    }
    spdlog::info("demo: 演示模式 on; cases go to the sandbox");
    return true;
}

void CaseDesks::closeDemo() {
    if (!demo_) return;
    demo_.reset();
    spdlog::info("demo: 演示模式 off");
}

void CaseDesks::resetDemo() {
    const bool wasOpen = demoOpen();
    demo_.reset();
    std::error_code error;
    std::filesystem::remove_all(data_.demoFolder(), error);
    spdlog::info("demo: the demonstration data was reset{}", error ? " (" + error.message() + ")" : "");
    if (wasOpen) openDemo();
}

}  // namespace kiosk
