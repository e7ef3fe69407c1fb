// The systemd notifications as systemd receives them: a datagram socket named by NOTIFY_SOCKET
// gets READY=1 once, with the start's phases as STATUS (what `systemctl status` shows), and
// WATCHDOG=1 no more often than a quarter of WATCHDOG_USEC.
#include "platform/service_notify.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::platform {
namespace {

class FakeSystemd {
public:
    FakeSystemd() {
        path_ = "/tmp/kiosk-notify-" + std::to_string(::getpid());
        ::unlink(path_.c_str());
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        path_.copy(addr.sun_path, sizeof(addr.sun_path) - 1);
        EXPECT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
    }
    ~FakeSystemd() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
        ::close(fd_);
        ::unlink(path_.c_str());
    }
    std::vector<std::string> received() {
        std::vector<std::string> out;
        char buffer[1024];
        for (;;) {
            const ssize_t n = ::recv(fd_, buffer, sizeof(buffer), 0);
            if (n <= 0) break;
            out.emplace_back(buffer, static_cast<std::size_t>(n));
        }
        return out;
    }

private:
    std::string path_;
    int fd_ = -1;
};

TEST(ServiceNotify, ReadyOnceAndTheWatchdogFedAtAQuarterOfItsInterval) {
    FakeSystemd systemd;
    ::setenv("WATCHDOG_USEC", "400000", 1);  // 0.4 s: fed at most every 0.1 s
    ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
    ServiceNotifier notifier;
    ASSERT_TRUE(notifier.watchdogEnabled());
    notifier.ready();
    notifier.ready();
    for (int pass = 0; pass < 50; ++pass) {  // a busy loop for ~0.5 s
        notifier.alive();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const auto messages = systemd.received();
    ASSERT_FALSE(messages.empty());
    const auto ready = std::count_if(messages.begin(), messages.end(),
                                     [](const std::string& m) { return m.rfind("READY=1\n", 0) == 0; });
    EXPECT_EQ(ready, 1);
    const auto readyMessage = std::find_if(messages.begin(), messages.end(),
                                           [](const std::string& m) { return m.rfind("READY=1\n", 0) == 0; });
    ASSERT_NE(readyMessage, messages.end());
    EXPECT_NE(readyMessage->find("\nSTATUS=first screen shown; startup "), std::string::npos) << *readyMessage;
    EXPECT_NE(readyMessage->find("first_frame="), std::string::npos) << "the moment it was sent is a phase";
    const auto pings = std::count(messages.begin(), messages.end(), "WATCHDOG=1");
    EXPECT_GE(pings, 4) << "0.5 s at one ping per 0.1 s";
    EXPECT_LE(pings, 7) << "not one per loop pass";
}

TEST(ServiceNotify, OutsideSystemdNothingIsSent) {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
    ServiceNotifier notifier;
    EXPECT_FALSE(notifier.watchdogEnabled());
    notifier.ready();
    notifier.alive();  // no socket: must simply do nothing
}

}  // namespace
}  // namespace kiosk::platform
