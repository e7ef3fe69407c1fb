#include "core/attract_cycle.h"

#include <cmath>

namespace kiosk::core {

std::size_t AttractCycle::slideIndex(SteadyTime now, std::size_t slideCount) const {
    if (slideCount == 0 || now < start_) return 0;
    const auto elapsedSlides = static_cast<std::size_t>(Seconds(now - start_).count() / slide_.count());
    return elapsedSlides % slideCount;
}

SteadyTime AttractCycle::nextChange(SteadyTime now, std::size_t slideCount) const {
    if (slideCount < 2) return SteadyTime::max();
    const double elapsed = now < start_ ? 0.0 : Seconds(now - start_).count();
    const double next = (std::floor(elapsed / slide_.count()) + 1.0) * slide_.count();
    return start_ + std::chrono::duration_cast<SteadyTime::duration>(Seconds{next});
}

}  // namespace kiosk::core
