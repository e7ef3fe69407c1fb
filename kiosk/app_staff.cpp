// 工作人员: the hidden corner hold, the PIN and its lockout, leaving staff mode.
#include <imgui.h>
#include <imgui_internal.h>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "app.h"
#include "storage/pin_hash.h"

namespace kiosk {
namespace {

bool isStaffScreen(core::ScreenId id) {
    return id == core::ScreenId::StaffPin || id == core::ScreenId::StaffMenu;
}

// Overwrites the digits before letting the string go.
void wipe(std::string& pin) {
    std::fill(pin.begin(), pin.end(), '\0');
    pin.clear();
}

}  // namespace

void App::updateStaffGesture(core::SteadyTime now) {
    const ImGuiIO& io = ImGui::GetIO();
    const core::ScreenId here = router_.current();
    const bool watching = !isStaffScreen(here) && here != core::ScreenId::OperatorError;
    if (!cornerHold_.update(watching && io.MouseDown[0], io.MousePos.x, io.MousePos.y, now)) return;
    // The held press must not click whatever lies under the finger when it lifts.
    ImGui::ClearActiveID();
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
            spdlog::info("staff: PIN accepted, staff menu open");
            router_.back();
            router_.push(core::ScreenId::StaffMenu);
            return;
        }
        if (pinLockout_.noteWrong(now)) {
            spdlog::warn("staff: {} wrong PINs in a row; staff entry is closed for {} minutes", core::kStaffPinTries,
                         static_cast<int>(core::kStaffLockSeconds / 60));
        } else {
            spdlog::info("staff: wrong PIN ({} tries left)", pinLockout_.triesLeft());
        }
        sessionState_.staffProblemKey = "staff.pin.wrong";
    } else if (std::holds_alternative<ui::staff::Leave>(op)) {
        spdlog::info("staff: left staff mode");
        wipeSession();
        router_.resetTo(core::ScreenId::Attract);
        attract_.restart(now);
    }
}

void App::prepareStaffView(core::SteadyTime now) {
    ui::StaffView& v = view_.staff;
    v.configured = !setup_.config.staff.pinHash.empty();
    v.digitsTyped = sessionState_.staffPin.size();
    v.problemKey = sessionState_.staffProblemKey;
    v.triesLeft = pinLockout_.triesLeft();
    v.lockMinutes = pinLockout_.minutesLeft(now);
}

}  // namespace kiosk
