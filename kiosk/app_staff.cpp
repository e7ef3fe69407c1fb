// 工作人员: the hidden corner hold, the PIN and its lockout, leaving staff mode.
#include <ZXing/ZXVersion.h>
#include <curl/curl.h>
#include <imgui.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "app.h"
#include "kiosk_paths.h"
#include "staff_lockout_file.h"
#include "storage/pin_hash.h"
#include "widgets/frame_control.h"

namespace kiosk {
namespace {

// "libcurl/7.88.1 OpenSSL/3.0.19": curl and its TLS library, not its dozen other parts.
std::string curlVersion() {
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    std::string text = std::string("libcurl/") + info->version;
    if (info->ssl_version) text += std::string(" ") + info->ssl_version;
    return text;
}

// Overwrites the digits before letting the string go.
void wipe(std::string& pin) {
    std::fill(pin.begin(), pin.end(), '\0');
    pin.clear();
}

}  // namespace

bool isStaffScreen(core::ScreenId id) {
    return id == core::ScreenId::StaffPin || id == core::ScreenId::StaffMenu || id == core::ScreenId::OperatorPanel;
}

void App::updateStaffGesture(core::SteadyTime now) {
    const ImGuiIO& io = ImGui::GetIO();
    const core::ScreenId here = router_.current();
    const bool watching = !isStaffScreen(here) && here != core::ScreenId::OperatorError;
    if (!cornerHold_.update(watching && io.MouseDown[0], io.MousePos.x, io.MousePos.y, now)) return;
    // The held press must not click whatever lies under the finger when it lifts.
    widgets::releaseActiveItem();
    spdlog::info("staff: the corner was held; the PIN is asked");
    if (here == core::ScreenId::Attract) session_.start(now);  // times out like a resident's visit
    wipe(sessionState_.staffPin);
    sessionState_.staffProblemKey.clear();
    router_.push(core::ScreenId::StaffPin);
}

void App::applyStaffAction(const ui::staff::Op& op, core::SteadyTime now) {
    std::string& pin = sessionState_.staffPin;
    if (const auto* key = std::get_if<ui::staff::Key>(&op)) {
        if (pinLockout_.locked(now)) return;
        sessionState_.staffProblemKey.clear();
        if (key->clear) wipe(pin);
        if (key->erase && !pin.empty()) pin.pop_back();
        if (key->digit && pin.size() < core::kStaffPinMaxDigits) pin += key->digit;
    } else if (std::holds_alternative<ui::staff::Submit>(op)) {
        if (pinLockout_.locked(now) || setup_.config.staff.pinHash.empty()) return;
        if (pin.size() < core::kStaffPinMinDigits) {
            sessionState_.staffProblemKey = "staff.pin.too_short";
            return;
        }
        // ~40 ms of PBKDF2 on the UI thread, once per try: a staff action, and slow on purpose.
        const bool right = storage::verifyPin(pin, setup_.config.staff.pinHash);
        wipe(pin);
        if (right) {
            pinLockout_.noteRight();
            savePinLockout(data_.staffLockout(), pinLockout_, services_.clock);
            spdlog::info("staff: PIN accepted, staff menu open");
            router_.back();
            router_.push(core::ScreenId::StaffMenu);
            return;
        }
        const bool lockedNow = pinLockout_.noteWrong(now);
        savePinLockout(data_.staffLockout(), pinLockout_, services_.clock);  // before anything else can happen
        if (lockedNow) {
            spdlog::warn("staff: {} wrong PINs in a row; staff entry is closed for {} minutes", core::kStaffPinTries,
                         static_cast<int>(core::kStaffLockSeconds / 60));
        } else {
            spdlog::info("staff: wrong PIN ({} tries left)", pinLockout_.triesLeft());
        }
        sessionState_.staffProblemKey = "staff.pin.wrong";
    } else if (std::holds_alternative<ui::staff::SyncNow>(op)) {
        spdlog::info("operator: sync now");
        if (sync_) sync_->wake();
    } else if (std::holds_alternative<ui::staff::SpeechTest>(op)) {
        spdlog::info("operator: speech test");
        if (services_.speech) services_.speech->say(strings_.get("operator.speech_sample"));
    } else if (std::holds_alternative<ui::staff::ExitKiosk>(op)) {
        spdlog::warn("operator: the kiosk exits for maintenance");
        exitCode_ = kExitForMaintenance;
    } else if (std::holds_alternative<ui::staff::StartDemo>(op)) {
        startDemo();
        if (demoMode()) router_.resetTo(core::ScreenId::Home);
    } else if (std::holds_alternative<ui::staff::ResetDemo>(op)) {
        resetDemo();
    } else if (std::holds_alternative<ui::staff::Leave>(op)) {
        spdlog::info("staff: left staff mode");
        wipeSession();
        router_.resetTo(core::ScreenId::Attract);
        attract_.restart(now);
    }
}

void App::startDemo() {
    if (demoDesk_) return;
    std::error_code error;
    std::filesystem::create_directories(data_.demoFolder(), error);
    demoDesk_ =
        std::make_unique<CaseDesk>(assets_.caseCatalog(), data_.demoOutbox(), services_.wakeUiThread, data_.content());
    // With the demonstration cases (added once), so 查询进度 has cases to show.
    demoDesk_->open(assets_.demoCases());
    if (!demoDesk_->available()) {
        spdlog::error("demo: the sandbox outbox cannot be opened; no demonstration");
        demoDesk_.reset();
        return;
    }
    spdlog::info("demo: 演示模式 on; cases go to the sandbox");
}

void App::endDemo() {
    if (!demoDesk_) return;
    demoDesk_.reset();  // waits for a job in flight
    spdlog::info("demo: 演示模式 off");
}

void App::resetDemo() {
    const bool wasOn = demoMode();
    demoDesk_.reset();
    std::error_code error;
    std::filesystem::remove_all(data_.demoFolder(), error);
    spdlog::info("demo: the demonstration data was reset{}", error ? " (" + error.message() + ")" : "");
    if (wasOn) startDemo();
}

void App::prepareStaffView(core::SteadyTime now) {
    ui::StaffView& v = view_.staff;
    v.configured = !setup_.config.staff.pinHash.empty();
    v.digitsTyped = sessionState_.staffPin.size();
    v.problemKey = sessionState_.staffProblemKey;
    v.triesLeft = pinLockout_.triesLeft();
    v.lockMinutes = pinLockout_.minutesLeft(now);
}

void App::prepareOperatorView() {
    ui::OperatorView& v = view_.operatorPanel;
    v.rows.clear();
    const config::KioskConfig& c = setup_.config;
    auto row = [&](const char* key, std::string value) { v.rows.push_back({key, std::move(value)}); };
    auto yesNo = [&](bool yes) { return strings_.get(yes ? "operator.yes" : "operator.no"); };
    row("operator.device_id", c.platform.deviceId);
    row("operator.version", "kiosk " + versionText() + " · Dear ImGui " IMGUI_VERSION + " · ZXing " +
                                std::to_string(ZXING_VERSION_MAJOR) + "." + std::to_string(ZXING_VERSION_MINOR) +
                                " · SQLite " + sqlite3_libversion() + " · " + curlVersion());
    row("operator.config", setup_.configFile.empty() ? strings_.get("operator.none") : setup_.configFile);
    row("operator.platform", c.platform.baseUrl.empty() ? strings_.get("operator.none") : c.platform.baseUrl);
    if (!c.platform.baseUrl.empty()) {
        std::string tls = c.platform.baseUrl.rfind("https://", 0) == 0 ? "HTTPS" : "HTTP (loopback)";
        tls += " · " + strings_.get("operator.tls.ca") + ": " +
               (c.platform.caFile.empty() ? strings_.get("operator.tls.system") : c.platform.caFile);
        tls += " · " + strings_.get("operator.tls.pin") + ": " + yesNo(!c.platform.pinnedPublicKey.empty());
        tls += " · " + strings_.get("operator.tls.client") + ": " + yesNo(!c.platform.clientCert.empty());
        row("operator.tls_state", tls);
    }
    v.syncAvailable = sync_ != nullptr;
    if (sync_) {
        const net::SyncStatus s = sync_->status();
        std::string network = strings_.get(s.online ? "operator.online" : "operator.offline");
        if (!s.lastError.empty()) network += " · " + s.lastError;
        row("operator.network", network);
        row("operator.last_sync", s.lastAnswerAt.empty() ? strings_.get("operator.never") : s.lastAnswerAt);
        row("operator.content_version", s.contentVersion.empty() ? strings_.get("operator.bundled") : s.contentVersion);
        row("operator.outbox", s.outboxDepth < 0 ? "—" : std::to_string(s.outboxDepth));
        row("operator.needs_attention", s.needsAttentionTotal < 0 ? "—" : std::to_string(s.needsAttentionTotal));
    } else {
        row("operator.network", strings_.get("operator.no_platform"));
    }
    const core::DailyCounters& day = usage_.counts();
    row("operator.visits_today", std::to_string(day.visits()));
    std::string screens;
    for (const auto& [name, count] : day.visitsByScreen())
        screens += (screens.empty() ? "" : " · ") + name + " " + std::to_string(count);
    row("operator.screens_today", screens.empty() ? "—" : screens);
    std::string cases;
    for (const auto& [code, count] : day.casesByCategory())
        cases += (cases.empty() ? "" : " · ") + code + " " + std::to_string(count);
    row("operator.cases_today", cases.empty() ? "—" : cases);
    v.logLines = services_.recentLog ? services_.recentLog() : std::vector<std::string>{};
}

}  // namespace kiosk
