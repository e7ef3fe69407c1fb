#include "staff_lockout_file.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <iterator>

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
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << core::formatPinLockoutState(lockout.state(clock.wallNow(), clock.now()));
        if (!out.flush()) {
            spdlog::warn("staff: cannot write {}", temporary);
            return;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) spdlog::warn("staff: cannot replace {}: {}", path, error.message());
}

}  // namespace kiosk
