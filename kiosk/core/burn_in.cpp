#include "core/burn_in.h"

#include <array>
#include <chrono>

namespace kiosk::core {
namespace {

// A closed walk over a 4x4 grid, each step to a neighbour and the last back to the first:
// along the top, snake down through columns 1–3, back up column 0.
constexpr std::array<std::array<int, 2>, 16> kWalk = {{{0, 0},
                                                       {1, 0},
                                                       {2, 0},
                                                       {3, 0},
                                                       {3, 1},
                                                       {2, 1},
                                                       {1, 1},
                                                       {1, 2},
                                                       {2, 2},
                                                       {3, 2},
                                                       {3, 3},
                                                       {2, 3},
                                                       {1, 3},
                                                       {0, 3},
                                                       {0, 2},
                                                       {0, 1}}};

}  // namespace

Drift burnInDrift(WallTime when) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(when.time_since_epoch()).count();
    const auto& [column, row] = kWalk[static_cast<std::size_t>((minutes / kDriftStepMinutes) % kWalk.size())];
    // Grid positions -12, -4, 4, 12 px: three steps of two-thirds of the maximum span it.
    const int unit = kMaxDriftPx * 2 / 3;
    return Drift{column * unit - kMaxDriftPx, row * unit - kMaxDriftPx};
}

}  // namespace kiosk::core
