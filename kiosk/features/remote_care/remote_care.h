#pragma once
// Remote care on the kiosk (docs/api.md "Remote care"): the platform's commands the sync worker
// hands to the app — reload the config, restart, a screenshot, a test print — carried out, and
// answered, only while nobody uses the kiosk: between visits, on the unattended display. A
// resident's phone number must never leave in a picture, and a restart must never end a visit.
// A command waiting longer than kGiveUpAfter for the kiosk to be free is answered failed.
#include <chrono>
#include <cstdint>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/remote_command.h"

namespace kiosk {

class RemoteCareFeature : public Feature {
public:
    static constexpr int kExitForRestart = 75;  // EX_TEMPFAIL: the service manager starts the kiosk again
    static constexpr std::chrono::minutes kGiveUpAfter{30};

    explicit RemoteCareFeature(FeatureHost& host) : host_(host) {}
    std::string_view name() const override { return "remote_care"; }

    // The commands the sync worker took from a heartbeat's answer.
    void received(std::vector<core::RemoteCommand> commands, core::SteadyTime now);
    void beforeFrame(core::SteadyTime now) override;
    // The runner's part in a screenshot: this frame shows the unattended display and is wanted.
    bool wantsPicture() const { return pictureFrame_; }
    void pictureTaken(int width, int height, std::vector<std::uint8_t>&& rgba);

private:
    struct Waiting {
        core::RemoteCommand command;
        core::SteadyTime since;
    };
    bool unattended() const;
    void carryOut(const core::RemoteCommand& command);
    void answer(const core::RemoteCommand& command, const char* status, std::string detail);

    FeatureHost& host_;
    std::vector<Waiting> waiting_;
    bool pictureFrame_ = false;
    std::string screenshotId_;  // the command the next picture answers
    bool restarting_ = false;
    core::SteadyTime restartAsked_{};
};

}  // namespace kiosk
