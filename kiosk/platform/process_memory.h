#pragma once
// The kiosk's own memory as the kernel counts it (/proc/self/smaps_rollup): resident, and
// proportional (shared pages divided among the processes that map them). Logged when a script
// ends, so a tour or kiosk-bench reads what the screens it drove cost.
#include <optional>

namespace kiosk::platform {

struct ProcessMemory {
    double residentMb = 0;
    double proportionalMb = 0;
};

std::optional<ProcessMemory> readProcessMemory();

}  // namespace kiosk::platform
