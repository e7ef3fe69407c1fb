#include "config/remote_config.h"

#include <toml++/toml.h>

#include "core/remote_command.h"

namespace kiosk::config {

std::vector<ConfigProblem> remoteConfigProblems(const std::string& tomlText) {
    ConfigLoadResult checked;
    if (tomlText.size() > core::kMaxRemoteConfigBytes) {
        checked.problems.push_back({"", 0, "is larger than 16 KB", kRemoteConfigName});
        return checked.problems;
    }
    applyConfigLayer(tomlText, kRemoteConfigName, checked);
    if (!checked.problems.empty()) return checked.problems;
    // Valid TOML of known keys: refuse those the operator's files alone may set.
    const toml::table root = toml::parse(tomlText, std::string(kRemoteConfigName));
    if (const toml::table* paths = root["paths"].as_table()) {
        for (const auto& [name, node] : *paths) {
            checked.problems.push_back({"paths." + std::string(name.str()), static_cast<int>(node.source().begin.line),
                                        "is set only in the kiosk's own config files", kRemoteConfigName});
        }
    }
    return checked.problems;
}

}  // namespace kiosk::config
