#pragma once
// Remote care on the kiosk (docs/api.md "Remote care"): the platform's commands the sync worker
// hands to the app — reload the config, restart, a screenshot, a test print — carried out, and
// answered, only while nobody uses the kiosk: between visits, on the unattended display. A
// resident's phone number must never leave in a picture, and a restart must never end a visit.
// A command waiting longer than kGiveUpAfter for the kiosk to be free is answered failed.
//
// The remote config (set_config, clear_config) is kept in the data folder and tried at a restart
// (app/remote_config_start.h). While a trial runs, the first heartbeat the platform accepts makes
// it the good config; none within kTrialWindow rolls it back and restarts (between visits).
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/remote_command.h"
#include "storage/remote_config_file.h"

namespace kiosk {

class RemoteCareFeature : public Feature {
public:
    static constexpr int kExitForRestart = 75;  // EX_TEMPFAIL: the service manager starts the kiosk again
    static constexpr std::chrono::minutes kGiveUpAfter{30};

    static constexpr std::chrono::minutes kTrialWindow{5};

    explicit RemoteCareFeature(FeatureHost& host);
    std::string_view name() const override { return "remote_care"; }

    // The commands the sync worker took from a heartbeat's answer.
    void received(std::vector<core::RemoteCommand> commands, core::SteadyTime now);
    void beforeFrame(core::SteadyTime now) override;
    // The runner's part in a screenshot: this frame shows the unattended display and is wanted.
    bool wantsPicture() const { return pictureFrame_; }
    void pictureTaken(int width, int height, std::vector<std::uint8_t>&& rgba);
    // The heartbeat's remote_config (thread-safe: the sync worker calls it).
    std::function<std::string()> remoteConfigReader() const;

private:
    struct Waiting {
        core::RemoteCommand command;
        core::SteadyTime since;
    };
    bool unattended() const;
    void carryOut(const core::RemoteCommand& command);
    void answer(const core::RemoteCommand& command, const char* status, std::string detail);
    void keepRemoteConfig(const core::RemoteCommand& command);
    void clearRemoteConfig(const core::RemoteCommand& command);
    // The trial's end: kept once the platform heard from the kiosk, rolled back after kTrialWindow.
    void watchTrial(core::SteadyTime now);

    FeatureHost& host_;
    std::vector<Waiting> waiting_;
    bool pictureFrame_ = false;
    std::string screenshotId_;  // the command the next picture answers
    bool restarting_ = false;
    core::SteadyTime restartAsked_{};
    std::shared_ptr<storage::RemoteConfigFile> remoteConfig_;
    bool trialRunning_ = false;  // this start runs a remote config on trial
    std::optional<core::SteadyTime> trialSince_;
    bool restartWhenFree_ = false;  // a rollback: the good config comes with the next start
};

}  // namespace kiosk
