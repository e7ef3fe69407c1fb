#pragma once
// The staff PIN lockout on disk (<data dir>/staff_lockout), so that restarting the kiosk — or
// crashing it on purpose — does not give five more tries. Read at start, written whole (beside,
// then renamed) whenever a PIN is tried.
#include <string>

#include "core/clock.h"
#include "core/staff_entry.h"

namespace kiosk {

// A missing file is a fresh lockout; an unreadable one counts as a lock just begun (fail closed).
core::PinLockout loadPinLockout(const std::string& path, const core::Clock& clock);
void savePinLockout(const std::string& path, const core::PinLockout& lockout, const core::Clock& clock);

}  // namespace kiosk
