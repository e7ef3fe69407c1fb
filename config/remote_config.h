#pragma once
// The platform's remote config (remote care's set_config, docs/api.md "Remote care"): TOML of the
// same schema as the operator's files, read after them. Checked by the same rules, with the same
// messages, before the kiosk keeps it — and without the keys only the operator's own files hold.
#include <string>
#include <vector>

#include "config/kiosk_config.h"

namespace kiosk::config {

inline constexpr const char* kRemoteConfigName = "remote config";  // how its problems are named

// What is wrong with `tomlText` as a remote config; empty when the kiosk may try it. `paths.*`
// is refused: the data folder, where the remote config itself is kept, is the operator's to choose.
std::vector<ConfigProblem> remoteConfigProblems(const std::string& tomlText);

}  // namespace kiosk::config
