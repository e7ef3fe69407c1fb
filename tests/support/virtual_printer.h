#pragma once
// A receipt printer for the tests, on loopback TCP (as a network printer on port 9100) or on a
// pseudo-terminal (as a serial printer): it records every byte it is sent and answers DLE EOT
// the way the ESC/POS command reference says a printer in the chosen state answers — or, when
// silent, answers nothing and stops reading, like a printer that has hung.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::testing {

class VirtualPrinter {
public:
    enum class State { Online, PaperEnd, PaperNearEnd, CoverOpen, Silent };
    enum class Link { Tcp, Pty };
    VirtualPrinter(Link link, State state);
    ~VirtualPrinter();
    VirtualPrinter(const VirtualPrinter&) = delete;
    VirtualPrinter& operator=(const VirtualPrinter&) = delete;

    // "tcp://127.0.0.1:<port>" or the pty's "/dev/pts/<n>": what [printer] device would say.
    const std::string& device() const { return device_; }
    // Everything received so far, status requests included, in order.
    std::vector<std::uint8_t> received() const;
    void setState(State state) { state_ = state; }

private:
    void serveTcp();
    void servePty();
    void take(int fd, const std::uint8_t* data, std::size_t size);
    std::uint8_t answer(std::uint8_t query) const;

    std::atomic<State> state_;
    std::atomic<bool> stop_{false};
    int listenFd_ = -1;
    int ptyFd_ = -1;
    std::string device_;
    mutable std::mutex mutex_;
    std::vector<std::uint8_t> received_;
    std::vector<std::uint8_t> pending_;  // the start of a command split between reads
    std::thread thread_;
};

}  // namespace kiosk::testing
