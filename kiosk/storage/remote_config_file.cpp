#include "storage/remote_config_file.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <iterator>

#include "core/json_input.h"
#include "storage/whole_file.h"

namespace kiosk::storage {

RemoteConfigFile::RemoteConfigFile(std::string path) : path_(std::move(path)) {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return;
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (auto record = core::readRemoteConfigRecord(core::readJson(text).value)) {
        record_ = std::move(*record);
    } else {
        spdlog::error("remote config: {} is not a record of this kiosk; running the config files alone", path_);
    }
}

core::RemoteConfigRecord RemoteConfigFile::record() const {
    std::lock_guard lock(mutex_);
    return record_;
}

bool RemoteConfigFile::save(const core::RemoteConfigRecord& record) {
    std::lock_guard lock(mutex_);
    record_ = record;
    std::string error;
    if (replaceWholeFile(path_, core::remoteConfigRecordJson(record).dump(2) + "\n", error, 0600)) return true;
    spdlog::error("remote config: {}", error);
    return false;
}

nlohmann::json RemoteConfigFile::report() const {
    std::lock_guard lock(mutex_);
    return core::remoteConfigReport(record_);
}

}  // namespace kiosk::storage
