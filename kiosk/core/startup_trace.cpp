#include "core/startup_trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace kiosk::core {
namespace {

// Set while the static initialisers run, before main().
const std::chrono::steady_clock::time_point kProcessStart = std::chrono::steady_clock::now();

}  // namespace

double msSinceProcessStart() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
}

void StartupTrace::mark(std::string_view phase) {
    const double ms = msSinceProcessStart();
    std::lock_guard lock(mutex_);
    const bool marked =
        std::any_of(marks_.begin(), marks_.end(), [&](const StartupMark& m) { return m.phase == phase; });
    if (!marked) marks_.push_back({std::string(phase), ms});
}

std::vector<StartupMark> StartupTrace::marks() const {
    std::lock_guard lock(mutex_);
    return marks_;
}

std::string StartupTrace::summary() const {
    std::string text;
    for (const StartupMark& m : marks()) {
        char figure[32];
        std::snprintf(figure, sizeof figure, "%.1f", m.ms);
        if (!text.empty()) text += ' ';
        text += m.phase + "=" + figure;
    }
    return text;
}

StartupTrace& startupTrace() {
    static StartupTrace trace;
    return trace;
}

}  // namespace kiosk::core
