#include "app/remote_config_start.h"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "app/kiosk_paths.h"
#include "config/remote_config.h"
#include "storage/remote_config_file.h"

namespace kiosk {

std::string applyRemoteConfig(const std::string& dataDir, config::ConfigLoadResult& loaded) {
    const DataPaths data{dataDir};
    std::error_code ignored;
    std::filesystem::create_directories(data.dir, ignored);
    storage::RemoteConfigFile file(data.remoteConfig());
    const core::RemoteConfigRecord before = file.record();
    core::RemoteConfigStart start = core::startWith(before);
    if (start.trying) {
        config::ConfigLoadResult tried = loaded;
        config::applyConfigLayer(start.toml, config::kRemoteConfigName, tried);
        if (tried.problems.size() > loaded.problems.size()) {
            start.record = core::rolledBack(std::move(start.record), tried.problems[loaded.problems.size()].text());
            start.toml = start.record.goodToml;
            start.trying = false;
        }
    }
    if (start.record != before) file.save(start.record);
    const core::RemoteConfigRecord& r = start.record;
    if (start.trying) {
        spdlog::warn("remote config: trying {} from the platform; it stays once a heartbeat reaches the platform",
                     r.version);
    } else if (r.state == core::RemoteConfigState::RolledBack && before.hasTrial()) {
        spdlog::error("remote config: {} rolled back: {}", r.version, r.problem);
    }
    if (!start.toml.empty()) {
        if (!start.trying) spdlog::info("remote config: running {} from the platform", r.goodVersion);
        config::applyConfigLayer(start.toml, config::kRemoteConfigName, loaded);
    }
    return start.toml;
}

}  // namespace kiosk
