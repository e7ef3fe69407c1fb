#pragma once
// Talks to systemd when the kiosk runs as its service (packaging/yidiantong-kiosk.service):
// READY=1 once the first frame is on screen (with the start's phases as STATUS, and in the log),
// and WATCHDOG=1 from the frame loop, so a loop that
// hangs (a driver, a deadlock) is killed and restarted by systemd. Outside systemd: nothing.
#include <chrono>

namespace kiosk::platform {

class ServiceNotifier {
public:
    ServiceNotifier();
    void ready();
    // Call every loop pass; pings the watchdog at most every quarter of its interval.
    void alive();
    bool watchdogEnabled() const { return interval_.count() > 0; }

private:
    std::chrono::microseconds interval_{0};
    std::chrono::steady_clock::time_point lastPing_{};
    bool readySent_ = false;
};

}  // namespace kiosk::platform
