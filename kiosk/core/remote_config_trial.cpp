#include "core/remote_config_trial.h"

#include <array>
#include <string_view>

#include "core/remote_command.h"
#include "core/text_rule.h"

namespace kiosk::core {
namespace {

constexpr std::size_t kMaxProblemChars = 300;  // the heartbeat's limit
constexpr std::size_t kMaxVersionBytes = 64;
constexpr std::array<std::string_view, 4> kStateNames = {"none", "trial", "applied", "rolled_back"};

std::string_view stateName(RemoteConfigState state) {
    return kStateNames[static_cast<std::size_t>(state)];
}

std::optional<RemoteConfigState> stateFromName(std::string_view name) {
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (kStateNames[i] == name) return static_cast<RemoteConfigState>(i);
    }
    return std::nullopt;
}

}  // namespace

RemoteConfigStart startWith(RemoteConfigRecord record) {
    if (record.hasTrial() && record.trialStarted) {
        record = rolledBack(std::move(record), "the kiosk stopped before the platform heard from it with this config");
    }
    if (record.hasTrial()) {
        record.trialStarted = true;
        record.state = RemoteConfigState::Trial;
        record.version = record.trialVersion;
        record.problem.clear();
        std::string toml = record.trialToml;
        return {std::move(record), std::move(toml), true};
    }
    std::string toml = record.goodToml;
    return {std::move(record), std::move(toml), false};
}

RemoteConfigRecord offered(RemoteConfigRecord record, std::string version, std::string toml) {
    record.trialVersion = std::move(version);
    record.trialToml = std::move(toml);
    record.trialStarted = false;
    return record;
}

RemoteConfigRecord confirmed(RemoteConfigRecord record) {
    if (!record.hasTrial()) return record;
    record.goodToml = std::move(record.trialToml);
    record.goodVersion = std::move(record.trialVersion);
    record.state = RemoteConfigState::Applied;
    record.version = record.goodVersion;
    record.problem.clear();
    record.trialToml.clear();
    record.trialVersion.clear();
    record.trialStarted = false;
    return record;
}

RemoteConfigRecord rolledBack(RemoteConfigRecord record, const std::string& problem) {
    record.state = RemoteConfigState::RolledBack;
    record.version = std::move(record.trialVersion);
    record.problem = keepText(problem, Lines::One, kMaxProblemChars);
    record.trialToml.clear();
    record.trialVersion.clear();
    record.trialStarted = false;
    return record;
}

RemoteConfigRecord cleared() {
    return {};
}

nlohmann::json remoteConfigReport(const RemoteConfigRecord& record) {
    return {{"state", stateName(record.state)}, {"version", record.version}, {"problem", record.problem}};
}

nlohmann::json remoteConfigRecordJson(const RemoteConfigRecord& r) {
    nlohmann::json j = remoteConfigReport(r);
    j["good"] = {{"version", r.goodVersion}, {"toml", r.goodToml}};
    j["trial"] = {{"version", r.trialVersion}, {"toml", r.trialToml}, {"started", r.trialStarted}};
    return j;
}

std::optional<RemoteConfigRecord> readRemoteConfigRecord(const nlohmann::json& j) {
    if (!j.is_object()) return std::nullopt;
    RemoteConfigRecord r;
    auto text = [](const nlohmann::json& o, const char* key, std::string& out, bool token) {
        const auto it = o.find(key);
        if (it == o.end() || !it->is_string()) return false;
        out = it->get<std::string>();
        if (token) return out.empty() || isPlainToken(out, kMaxVersionBytes);
        return out.size() <= kMaxRemoteConfigBytes;
    };
    const auto state = j.find("state");
    if (state == j.end() || !state->is_string()) return std::nullopt;
    const auto known = stateFromName(state->get<std::string>());
    if (!known) return std::nullopt;
    r.state = *known;
    const auto good = j.find("good");
    const auto trial = j.find("trial");
    if (good == j.end() || !good->is_object() || trial == j.end() || !trial->is_object()) return std::nullopt;
    const auto started = trial->find("started");
    if (started == trial->end() || !started->is_boolean()) return std::nullopt;
    r.trialStarted = started->get<bool>();
    if (!text(j, "version", r.version, true) || !text(j, "problem", r.problem, false) ||
        !text(*good, "version", r.goodVersion, true) || !text(*good, "toml", r.goodToml, false) ||
        !text(*trial, "version", r.trialVersion, true) || !text(*trial, "toml", r.trialToml, false)) {
        return std::nullopt;
    }
    r.problem = keepText(r.problem, Lines::One, kMaxProblemChars);
    return r;
}

}  // namespace kiosk::core
