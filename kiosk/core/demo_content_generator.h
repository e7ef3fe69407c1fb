#pragma once
// A deterministic disclosure set for a fictional district (和平街道): the bundled demo content and
// the 100k-record sets the benchmarks load. Same seed, same set, on every machine.
#include <cstdint>
#include <string>

#include "core/disclosures.h"

namespace kiosk::core {

struct GeneratorOptions {
    std::uint32_t seed = 20261122;
    int payoutTarget = 3300;             // about this many payouts over the 12 months
    std::string lastPeriod = "2026-11";  // the newest month; 12 months end here
    std::string updatedAt = "2026-11-16 08:00";
};

DisclosureSet generateDisclosures(const GeneratorOptions& options);
std::string disclosuresToJson(const DisclosureSet& set);

}  // namespace kiosk::core
