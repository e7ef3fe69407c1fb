#include "platform/service_notify.h"

#include <spdlog/spdlog.h>
#include <systemd/sd-daemon.h>

#include <cstdlib>
#include <string>

#include "core/startup_trace.h"

namespace kiosk::platform {

ServiceNotifier::ServiceNotifier() {
    // Not sd_watchdog_enabled(): it answers only for WATCHDOG_PID, which is xinit's (the
    // service's main process), not ours. The unit lets any of its processes notify.
    const char* text = std::getenv("WATCHDOG_USEC");
    if (!text || !std::getenv("NOTIFY_SOCKET")) return;
    char* end = nullptr;
    const unsigned long long usec = std::strtoull(text, &end, 10);
    if (end == text || *end != '\0' || usec == 0) return;
    interval_ = std::chrono::microseconds(usec);
    spdlog::info("systemd watchdog: every {} s", usec / 1000000);
}

void ServiceNotifier::ready() {
    if (readySent_) return;
    readySent_ = true;
    core::StartupTrace& trace = core::startupTrace();
    trace.mark("first_frame");
    const std::string phases = trace.summary();
    spdlog::info("startup (ms since the process started): {}", phases);
    sd_notify(0, ("READY=1\nSTATUS=first screen shown; startup " + phases).c_str());
}

void ServiceNotifier::alive() {
    if (!watchdogEnabled()) return;
    const auto now = std::chrono::steady_clock::now();
    // A quarter of the interval: the loop may sleep up to a minute between passes (FramePacer).
    if (now - lastPing_ < interval_ / 4) return;
    lastPing_ = now;
    sd_notify(0, "WATCHDOG=1");
}

}  // namespace kiosk::platform
