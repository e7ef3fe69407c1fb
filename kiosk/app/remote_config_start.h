#pragma once
// The platform's remote config read on top of the operator's files as the kiosk starts
// (core/remote_config_trial.h decides which: the trial, the last good one, or none). The record
// is written before the config is used, so a start that does not come up is known to the next.
#include <string>

#include "config/kiosk_config.h"

namespace kiosk {

// Applies the remote config of the data folder to `loaded`; returns the TOML applied ("" none),
// which a config reload applies again after the files. A trial that does not fit the operator's
// files (a problem in the combination) is rolled back here, before it is used.
std::string applyRemoteConfig(const std::string& dataDir, config::ConfigLoadResult& loaded);

}  // namespace kiosk
