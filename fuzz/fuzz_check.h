#pragma once
// What every fuzz target checks with: a broken promise aborts, so libFuzzer keeps the input as a
// finding exactly like a crash.
#include <cstdlib>

namespace kiosk::fuzz {

inline void check(bool promise) {
    if (!promise) std::abort();
}

}  // namespace kiosk::fuzz
