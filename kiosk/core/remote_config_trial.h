#pragma once
// The platform's remote config on trial (docs/api.md "Remote care"): what the kiosk keeps about it
// in its data folder and decides from it. A set_config the kiosk accepted waits as the trial; the
// next start marks it started before using it. It becomes the good config once a heartbeat reached
// the platform with it. A start that finds the trial still marked started knows the last one did
// not come up (it crashed, or was stopped before the platform heard from it) and goes back to the
// last good config by itself, saying so in the heartbeat.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace kiosk::core {

enum class RemoteConfigState { None, Trial, Applied, RolledBack };

struct RemoteConfigRecord {
    RemoteConfigState state = RemoteConfigState::None;  // what the heartbeat reports
    std::string version;                                // the set_config command's id the state is of
    std::string problem;                                // rolled back: why (one line, English)
    std::string goodToml;                               // the config that last came up well ("" none)
    std::string goodVersion;
    std::string trialToml;  // accepted and not yet good: waiting for the next start, or being tried
    std::string trialVersion;
    bool trialStarted = false;  // a start is trying it

    bool hasTrial() const { return !trialVersion.empty(); }
    bool operator==(const RemoteConfigRecord&) const = default;
};

// What a start runs: the record to keep before anything else, and the TOML to read after the
// operator's files ("" none).
struct RemoteConfigStart {
    RemoteConfigRecord record;
    std::string toml;
    bool trying = false;  // `toml` is the trial's
};
RemoteConfigStart startWith(RemoteConfigRecord record);

// A set_config the kiosk accepted: tried at the next start.
RemoteConfigRecord offered(RemoteConfigRecord record, std::string version, std::string toml);
// The platform heard from the kiosk running the trial: it is the good config now.
RemoteConfigRecord confirmed(RemoteConfigRecord record);
// The trial did not come up (`problem` says how): dropped; the good config, if any, stays.
RemoteConfigRecord rolledBack(RemoteConfigRecord record, const std::string& problem);
// clear_config: the operator's files alone.
RemoteConfigRecord cleared();

// The heartbeat's remote_config: {"state", "version", "problem"}.
nlohmann::json remoteConfigReport(const RemoteConfigRecord& record);
nlohmann::json remoteConfigRecordJson(const RemoteConfigRecord& record);
// Nothing for a record that is not one of ours (the kiosk then runs the operator's files alone).
std::optional<RemoteConfigRecord> readRemoteConfigRecord(const nlohmann::json& value);

}  // namespace kiosk::core
