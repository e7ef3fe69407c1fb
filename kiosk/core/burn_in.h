#pragma once
// Screen-burn protection for the unattended display, which shows the same layout all day: the
// whole picture drifts a few pixels, one small step every few minutes, so no edge stays on the
// same pixels for hours. Slow on purpose: nobody should see it move.
#include "core/clock.h"

namespace kiosk::core {

struct Drift {
    int x = 0;
    int y = 0;
};

inline constexpr int kMaxDriftPx = 12;       // each way
inline constexpr int kDriftStepMinutes = 3;  // one step this often

// The offset for the wall-clock time `when`: a closed walk over a 4x4 grid of positions within
// ±kMaxDriftPx, one neighbouring position per step, round every 48 minutes.
Drift burnInDrift(WallTime when);

}  // namespace kiosk::core
