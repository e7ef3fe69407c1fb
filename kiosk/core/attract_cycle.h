#pragma once
// Which announcement the unattended display shows, as a pure function of time.
#include <cstddef>

#include "core/clock.h"

namespace kiosk::core {

class AttractCycle {
public:
    explicit AttractCycle(Seconds slideDuration) : slide_(slideDuration) {}

    void restart(SteadyTime now) { start_ = now; }
    std::size_t slideIndex(SteadyTime now, std::size_t slideCount) const;
    // When the slide next changes (for the loop's wake-up); max() when there is nothing to cycle.
    SteadyTime nextChange(SteadyTime now, std::size_t slideCount) const;

private:
    Seconds slide_;
    SteadyTime start_{};
};

}  // namespace kiosk::core
