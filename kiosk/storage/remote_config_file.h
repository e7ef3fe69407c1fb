#pragma once
// The platform's remote config and its trial (core/remote_config_trial.h), kept in the data
// folder (remote-config.json, mode 0600: written whole or not at all). Thread-safe: the app
// changes it, the sync worker reads the heartbeat's report from it.
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "core/remote_config_trial.h"

namespace kiosk::storage {

class RemoteConfigFile {
public:
    // Reads the file; none, or one that is not ours (logged), is the empty record.
    explicit RemoteConfigFile(std::string path);
    core::RemoteConfigRecord record() const;
    // False (logged) when it could not be written: the record in memory changes all the same.
    bool save(const core::RemoteConfigRecord& record);
    nlohmann::json report() const;  // the heartbeat's remote_config

private:
    std::string path_;
    mutable std::mutex mutex_;
    core::RemoteConfigRecord record_;
};

}  // namespace kiosk::storage
