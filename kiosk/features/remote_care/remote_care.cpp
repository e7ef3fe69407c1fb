#include "features/remote_care/remote_care.h"

#include <spdlog/spdlog.h>

#include <memory>

#include "config/remote_config.h"
#include "net/sync_engine.h"
#include "storage/png_bytes.h"

namespace kiosk {
namespace {

constexpr std::size_t kMaxScreenshotBytes = 4 * 1024 * 1024;  // the platform takes 5 MB
// A restart waits for its answer to reach the platform, this long at most (a dead network).
constexpr std::chrono::seconds kRestartAnswerWait{15};

}  // namespace

RemoteCareFeature::RemoteCareFeature(FeatureHost& host)
    : host_(host), remoteConfig_(std::make_shared<storage::RemoteConfigFile>(host.data().remoteConfig())) {
    const core::RemoteConfigRecord r = remoteConfig_->record();
    trialRunning_ = r.state == core::RemoteConfigState::Trial && r.trialStarted;
}

std::function<std::string()> RemoteCareFeature::remoteConfigReader() const {
    return [file = remoteConfig_] { return file->report().dump(); };
}

void RemoteCareFeature::received(std::vector<core::RemoteCommand> commands, core::SteadyTime now) {
    for (core::RemoteCommand& c : commands) waiting_.push_back({std::move(c), now});
}

bool RemoteCareFeature::unattended() const {
    return host_.router().current() == core::ScreenId::Attract;
}

void RemoteCareFeature::answer(const core::RemoteCommand& command, const char* status, std::string detail) {
    if (net::SyncEngine* sync = host_.syncEngine())
        sync->answerCommand({command.id, status, std::move(detail), {}, {}});
}

void RemoteCareFeature::beforeFrame(core::SteadyTime now) {
    pictureFrame_ = false;
    if (trialRunning_) watchTrial(now);
    if (restartWhenFree_ && unattended()) {
        restartWhenFree_ = false;
        restarting_ = true;
        restartAsked_ = now;
    }
    if (restarting_) {
        const net::SyncEngine* sync = host_.syncEngine();
        if (!sync || sync->answersWaiting() == 0 || now - restartAsked_ > kRestartAnswerWait) {
            spdlog::info("remote care: restarting as the platform asked");
            host_.exitWith(kExitForRestart);
        }
        return;
    }
    for (auto it = waiting_.begin(); it != waiting_.end();) {
        if (now - it->since > kGiveUpAfter) {
            answer(it->command, "failed", "the kiosk was in use the whole time; not carried out");
            it = waiting_.erase(it);
        } else if (unattended() && screenshotId_.empty()) {
            const core::RemoteCommand command = it->command;
            it = waiting_.erase(it);
            carryOut(command);
            if (restarting_) {
                restartAsked_ = now;
                return;
            }
        } else {
            ++it;
        }
    }
    // The picture is of this frame: the unattended display, nobody's visit in it.
    pictureFrame_ = !screenshotId_.empty() && unattended();
}

void RemoteCareFeature::carryOut(const core::RemoteCommand& c) {
    using Name = core::RemoteCommandName;
    switch (c.name) {
        case Name::ReloadConfig: {
            const std::string problem = host_.reloadConfigNow();
            if (problem.empty()) {
                answer(c, "done", "the config files were read again");
            } else {
                answer(c, "refused", "the config files have a problem; nothing changed: " + problem);
            }
            return;
        }
        case Name::Restart:
            answer(c, "done", "restarting between visits");
            restarting_ = true;
            return;
        case Name::Screenshot: screenshotId_ = c.id; return;
        case Name::TestPrint:
            if (!host_.printTestSlip()) {
                answer(c, "refused", "no receipt printer is configured");
            } else {
                answer(c, "done", "the test slip went to the printer; its state comes in the next heartbeat");
            }
            return;
        case Name::SetConfig: keepRemoteConfig(c); return;
        case Name::ClearConfig: clearRemoteConfig(c); return;
        case Name::TestCamera:
            host_.checkCamera(
                [this, c](bool ok, std::string detail) { answer(c, ok ? "done" : "failed", std::move(detail)); });
            return;
        case Name::SyncNow:
        case Name::Logs: return;  // the sync worker's own
    }
}

void RemoteCareFeature::keepRemoteConfig(const core::RemoteCommand& c) {
    const std::vector<config::ConfigProblem> problems = config::remoteConfigProblems(c.toml);
    if (!problems.empty()) {
        answer(c, "refused", "the config has a problem; nothing changed: " + problems.front().text());
        return;
    }
    if (!remoteConfig_->save(core::offered(remoteConfig_->record(), c.id, c.toml))) {
        answer(c, "failed", "the data folder could not be written; nothing changed");
        return;
    }
    spdlog::warn("remote care: remote config {} kept; restarting to try it", c.id);
    answer(c, "done",
           "kept; the kiosk restarts between visits to try it and goes back by itself if it does not come up");
    restarting_ = true;
}

void RemoteCareFeature::clearRemoteConfig(const core::RemoteCommand& c) {
    const core::RemoteConfigRecord r = remoteConfig_->record();
    if (r.goodVersion.empty() && !r.hasTrial()) {  // the files alone run already: no restart
        remoteConfig_->save(core::cleared());
        answer(c, "done", "there was no remote config to drop");
        if (net::SyncEngine* sync = host_.syncEngine()) sync->heartbeatNow();  // its report, cleared
        return;
    }
    if (!remoteConfig_->save(core::cleared())) {
        answer(c, "failed", "the data folder could not be written; nothing changed");
        return;
    }
    spdlog::warn("remote care: remote config dropped; restarting with the config files alone");
    answer(c, "done", "dropped; the kiosk restarts between visits with its own config files alone");
    restarting_ = true;
}

void RemoteCareFeature::watchTrial(core::SteadyTime now) {
    if (!trialSince_) trialSince_ = now;
    net::SyncEngine* sync = host_.syncEngine();
    if (sync && sync->status().heartbeats > 0) {
        trialRunning_ = false;
        remoteConfig_->save(core::confirmed(remoteConfig_->record()));
        spdlog::info("remote care: the platform heard from the kiosk; the remote config stays");
        sync->heartbeatNow();  // the platform sees it applied now, not in five minutes
    } else if (now - *trialSince_ > kTrialWindow) {
        trialRunning_ = false;
        const core::RemoteConfigRecord r = core::rolledBack(
            remoteConfig_->record(), "no heartbeat reached the platform within 5 minutes of starting with this config");
        remoteConfig_->save(r);
        spdlog::error("remote care: remote config {} rolled back: {}; restarting between visits", r.version, r.problem);
        restartWhenFree_ = true;
    }
}

void RemoteCareFeature::pictureTaken(int width, int height, std::vector<std::uint8_t>&& rgba) {
    if (screenshotId_.empty()) return;
    net::SyncEngine* sync = host_.syncEngine();
    if (!sync) return;
    // Encoded on the sync worker as it sends: the UI thread only hands the pixels over.
    auto pixels = std::make_shared<std::vector<std::uint8_t>>(std::move(rgba));
    net::CommandAnswer a{screenshotId_, "done", "", {}, [width, height, pixels] {
                             return storage::pngBytes(width, height, *pixels, kMaxScreenshotBytes);
                         }};
    sync->answerCommand(std::move(a));
    spdlog::info("remote care: screenshot {} taken of the unattended display ({}x{})", screenshotId_, width, height);
    screenshotId_.clear();
    pictureFrame_ = false;
}

}  // namespace kiosk
