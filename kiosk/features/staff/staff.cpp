#include "features/staff/staff.h"

#include <ZXing/ZXVersion.h>
#include <curl/curl.h>
#include <imgui.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "app/app_setup.h"
#include "app/kiosk_paths.h"
#include "app/usage_counters.h"
#include "features/cases/case_desks.h"
#include "features/staff/staff_lockout_file.h"
#include "net/sync_engine.h"
#include "storage/pin_hash.h"
#include "ui/speech_output.h"
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

StaffFeature::StaffFeature(FeatureHost& host)
    : host_(host), pinLockout_(loadPinLockout(host.data().staffLockout(), host.clock())) {}

void StaffFeature::endVisit() {
    wipe(pin_);
    problemKey_.clear();
}

bool StaffFeature::apply(const ui::UiAction& action, core::SteadyTime now) {
    const auto* staff = std::get_if<ui::StaffAction>(&action);
    if (!staff) return false;
    applyStaffAction(staff->op, now);
    return true;
}

void StaffFeature::watchCorner(core::SteadyTime now) {
    const ImGuiIO& io = ImGui::GetIO();
    core::Router& router = host_.router();
    const core::ScreenId here = router.current();
    const bool watching = !isStaffScreen(here) && here != core::ScreenId::OperatorError;
    if (!cornerHold_.update(watching && io.MouseDown[0], io.MousePos.x, io.MousePos.y, now)) return;
    // The held press must not click whatever lies under the finger when it lifts.
    widgets::releaseActiveItem();
    spdlog::info("staff: the corner was held; the PIN is asked");
    if (here == core::ScreenId::Attract) host_.session().start(now);  // times out like a resident's visit
    wipe(pin_);
    problemKey_.clear();
    router.push(core::ScreenId::StaffPin);
}

void StaffFeature::applyStaffAction(const ui::staff::Op& op, core::SteadyTime now) {
    std::string& pin = pin_;
    const config::KioskConfig& config = host_.config();
    core::Router& router = host_.router();
    CaseDesks& desks = host_.desks();
    if (const auto* key = std::get_if<ui::staff::Key>(&op)) {
        if (pinLockout_.locked(now)) return;
        problemKey_.clear();
        if (key->clear) wipe(pin);
        if (key->erase && !pin.empty()) pin.pop_back();
        if (key->digit && pin.size() < core::kStaffPinMaxDigits) pin += key->digit;
    } else if (std::holds_alternative<ui::staff::Submit>(op)) {
        if (pinLockout_.locked(now) || config.staff.pinHash.empty()) return;
        if (pin.size() < core::kStaffPinMinDigits) {
            problemKey_ = "staff.pin.too_short";
            return;
        }
        // ~40 ms of PBKDF2 on the UI thread, once per try: a staff action, and slow on purpose.
        const bool right = storage::verifyPin(pin, config.staff.pinHash);
        wipe(pin);
        if (right) {
            pinLockout_.noteRight();
            savePinLockout(host_.data().staffLockout(), pinLockout_, host_.clock());
            spdlog::info("staff: PIN accepted, staff menu open");
            router.back();
            router.push(core::ScreenId::StaffMenu);
            return;
        }
        const bool lockedNow = pinLockout_.noteWrong(now);
        savePinLockout(host_.data().staffLockout(), pinLockout_, host_.clock());  // before anything else can happen
        if (lockedNow) {
            spdlog::warn("staff: {} wrong PINs in a row; staff entry is closed for {} minutes", core::kStaffPinTries,
                         static_cast<int>(core::kStaffLockSeconds / 60));
        } else {
            spdlog::info("staff: wrong PIN ({} tries left)", pinLockout_.triesLeft());
        }
        problemKey_ = "staff.pin.wrong";
    } else if (std::holds_alternative<ui::staff::SyncNow>(op)) {
        spdlog::info("operator: sync now");
        if (net::SyncEngine* sync = host_.syncEngine()) sync->wake();
    } else if (std::holds_alternative<ui::staff::ReEnrol>(op)) {
        spdlog::info("operator: enrol again");
        if (net::SyncEngine* sync = host_.syncEngine()) sync->reEnrol();
    } else if (std::holds_alternative<ui::staff::SpeechTest>(op)) {
        spdlog::info("operator: speech test");
        if (ui::SpeechOutput* speech = host_.speech()) speech->say(host_.strings().get("operator.speech_sample"));
    } else if (std::holds_alternative<ui::staff::ExitKiosk>(op)) {
        spdlog::warn("operator: the kiosk exits for maintenance");
        host_.exitWith(kExitForMaintenance);
    } else if (std::holds_alternative<ui::staff::StartDemo>(op)) {
        if (desks.openDemo()) router.resetTo(core::ScreenId::Home);
    } else if (std::holds_alternative<ui::staff::ResetDemo>(op)) {
        desks.resetDemo();
    } else if (std::holds_alternative<ui::staff::Leave>(op)) {
        spdlog::info("staff: left staff mode");
        host_.endVisit(now);
    }
}

void StaffFeature::prepare(ui::AppView& view, core::SteadyTime now) {
    ui::StaffView& v = view.staff;
    v.configured = !host_.config().staff.pinHash.empty();
    v.digitsTyped = pin_.size();
    v.problemKey = problemKey_;
    v.triesLeft = pinLockout_.triesLeft();
    v.lockMinutes = pinLockout_.minutesLeft(now);
    if (host_.router().current() == core::ScreenId::OperatorPanel) prepareOperatorView(view.operatorPanel);
}

void StaffFeature::prepareOperatorView(ui::OperatorView& v) {
    v.rows.clear();
    const config::KioskConfig& c = host_.config();
    const core::StringTable& strings = host_.strings();
    auto row = [&](const char* key, std::string value) { v.rows.push_back({key, std::move(value)}); };
    auto yesNo = [&](bool yes) { return strings.get(yes ? "operator.yes" : "operator.no"); };
    const net::SyncEngine* sync = host_.syncEngine();
    const net::SyncStatus syncStatus = sync ? sync->status() : net::SyncStatus{};
    // The id the platform knows: the config's, or the one enrolment brought.
    row("operator.device_id",
        syncStatus.deviceId.empty()
            ? (c.platform.deviceToken.empty() && sync ? strings.get("operator.not_enrolled") : c.platform.deviceId)
            : syncStatus.deviceId);
    row("operator.version", "kiosk " + versionText() + " · Dear ImGui " IMGUI_VERSION + " · ZXing " +
                                std::to_string(ZXING_VERSION_MAJOR) + "." + std::to_string(ZXING_VERSION_MINOR) +
                                " · SQLite " + sqlite3_libversion() + " · " + curlVersion());
    row("operator.config", host_.configFile().empty() ? strings.get("operator.none") : host_.configFile());
    row("operator.platform", c.platform.baseUrl.empty() ? strings.get("operator.none") : c.platform.baseUrl);
    if (!c.platform.baseUrl.empty()) {
        std::string tls = c.platform.baseUrl.rfind("https://", 0) == 0 ? "HTTPS" : "HTTP (loopback)";
        tls += " · " + strings.get("operator.tls.ca") + ": " +
               (c.platform.caFile.empty() ? strings.get("operator.tls.system") : c.platform.caFile);
        tls += " · " + strings.get("operator.tls.pin") + ": " + yesNo(!c.platform.pinnedPublicKey.empty());
        tls += " · " + strings.get("operator.tls.client") + ": " + yesNo(!c.platform.clientCert.empty());
        row("operator.tls_state", tls);
    }
    v.syncAvailable = sync != nullptr;
    // Enrolment: only where the config holds no token (the platform issues one).
    v.enrolAvailable = sync != nullptr && c.platform.deviceToken.empty();
    v.enrolmentCode = syncStatus.enrolmentCode;
    v.enrolmentLink = syncStatus.enrolmentLink;
    if (sync) {
        const net::SyncStatus& s = syncStatus;
        // In the operator's words: which fault, and what to check (curl's words stay in the log).
        row("operator.network", strings.get(s.online               ? "operator.online"
                                            : s.problemKey.empty() ? "operator.offline"
                                                                   : s.problemKey));
        row("operator.last_sync", s.lastAnswerAt.empty() ? strings.get("operator.never") : s.lastAnswerAt);
        row("operator.content_version", s.contentVersion.empty() ? strings.get("operator.bundled") : s.contentVersion);
        row("operator.outbox", s.outboxDepth < 0 ? "—" : std::to_string(s.outboxDepth));
        row("operator.needs_attention", s.needsAttentionTotal < 0 ? "—" : std::to_string(s.needsAttentionTotal));
    } else {
        row("operator.network", strings.get("operator.no_platform"));
    }
    const core::DailyCounters& day = host_.usageCounters().counts();
    row("operator.visits_today", std::to_string(day.visits()));
    std::string screens;
    for (const auto& [name, count] : day.visitsByScreen())
        screens += (screens.empty() ? "" : " · ") + name + " " + std::to_string(count);
    row("operator.screens_today", screens.empty() ? "—" : screens);
    std::string cases;
    for (const auto& [code, count] : day.casesByCategory())
        cases += (cases.empty() ? "" : " · ") + code + " " + std::to_string(count);
    row("operator.cases_today", cases.empty() ? "—" : cases);
    v.logLines = host_.services().recentLog ? host_.services().recentLog() : std::vector<std::string>{};
}

}  // namespace kiosk
