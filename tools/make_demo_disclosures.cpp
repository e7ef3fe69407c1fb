// Writes a generated disclosure set as JSON: the bundled demo (assets/demo/disclosures.json) and
// large sets for benchmarks. Usage: make-demo-disclosures [--payouts N] [--seed S] > out.json
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "core/demo_content_generator.h"

int main(int argc, char** argv) {
    kiosk::core::GeneratorOptions options;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--payouts") == 0)
            options.payoutTarget = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--seed") == 0)
            options.seed = static_cast<std::uint32_t>(std::atol(argv[i + 1]));
    }
    std::cout << kiosk::core::disclosuresToJson(kiosk::core::generateDisclosures(options)) << "\n";
    return 0;
}
