#pragma once
// The real `kiosk` binary driven by a UI script (`kiosk --script`), as a tour runs it: what it
// printed, and the memory it logged at the screen the script ended on ("script finished: …;
// memory resident X MB, proportional Y MB", platform/process_memory.h).
#include <optional>
#include <string>
#include <vector>

namespace kiosk::bench {

struct ScriptedRun {
    bool finished = false;  // exited 0 after "script finished"
    std::string output;     // its stdout and stderr
    std::optional<double> residentMb;
    std::optional<double> proportionalMb;
};

// Runs the kiosk next to kiosk-bench with `arguments` (the script among them), for at most
// `timeoutSeconds`.
ScriptedRun runScriptedKiosk(const std::vector<std::string>& arguments, double timeoutSeconds);

}  // namespace kiosk::bench
