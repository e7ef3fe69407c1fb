#include "features/staff/staff_lockout_file.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <iterator>

#include "storage/whole_file.h"

namespace kiosk {

core::PinLockout loadPinLockout(const std::string& path, const core::Clock& clock) {
    std::ifstream in(path);
    if (!in) return {};
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::optional<core::PinLockoutState> state = core::parsePinLockoutState(text);
    if (!state) {
        spdlog::warn("staff: {} is unreadable; staff entry is closed for {} minutes", path,
                     static_cast<int>(core::kStaffLockSeconds / 60));
        const auto until = clock.wallNow() + std::chrono::seconds(static_cast<long long>(core::kStaffLockSeconds));
        state = core::PinLockoutState{
            0, std::chrono::duration_cast<std::chrono::seconds>(until.time_since_epoch()).count()};
    }
    return core::PinLockout::restored(*state, clock.wallNow(), clock.now());
}

void savePinLockout(const std::string& path, const core::PinLockout& lockout, const core::Clock& clock) {
    std::string error;
    if (!storage::replaceWholeFile(path, core::formatPinLockoutState(lockout.state(clock.wallNow(), clock.now())),
                                   error)) {
        spdlog::warn("staff: {}", error);
    }
}

}  // namespace kiosk
