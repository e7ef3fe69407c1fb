#include "support/virtual_printer.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace kiosk::testing {

VirtualPrinter::VirtualPrinter(Link link, State state) : state_(state) {
    if (link == Link::Tcp) {
        listenFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        // A small receive buffer: a printer that stops reading stops the sender soon.
        const int small = 4096;
        ::setsockopt(listenFd_, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listenFd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(listenFd_, 4) != 0 ||
            ::getsockname(listenFd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            throw std::runtime_error("virtual printer: cannot listen on loopback");
        }
        device_ = "tcp://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
        thread_ = std::thread([this] { serveTcp(); });
        return;
    }
    ptyFd_ = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (ptyFd_ < 0 || ::grantpt(ptyFd_) != 0 || ::unlockpt(ptyFd_) != 0) {
        throw std::runtime_error("virtual printer: no pseudo-terminal");
    }
    termios raw{};
    ::tcgetattr(ptyFd_, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(ptyFd_, TCSANOW, &raw);
    device_ = ::ptsname(ptyFd_);
    thread_ = std::thread([this] { servePty(); });
}

VirtualPrinter::~VirtualPrinter() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    if (listenFd_ >= 0) ::close(listenFd_);
    if (ptyFd_ >= 0) ::close(ptyFd_);
}

std::vector<std::uint8_t> VirtualPrinter::received() const {
    std::lock_guard lock(mutex_);
    return received_;
}

// The one-byte answers of the command reference: 0xx1xx10 with the state's bits.
std::uint8_t VirtualPrinter::answer(std::uint8_t query) const {
    const State s = state_;
    switch (query) {
        case 1: return s == State::PaperEnd || s == State::CoverOpen ? 0x1A : 0x12;  // bit 3: offline
        case 2: return s == State::CoverOpen ? 0x16 : s == State::PaperEnd ? 0x32 : 0x12;
        case 3: return 0x12;
        case 4: return s == State::PaperEnd ? 0x72 : s == State::PaperNearEnd ? 0x1E : 0x12;
        default: return 0x12;
    }
}

// Records the bytes and answers each complete DLE EOT n among them. A raster's data can hold
// the same three bytes; the kiosk asks only before a job, so the test printer answers them all.
void VirtualPrinter::take(int fd, const std::uint8_t* data, std::size_t size) {
    std::lock_guard lock(mutex_);
    received_.insert(received_.end(), data, data + size);
    pending_.insert(pending_.end(), data, data + size);
    std::size_t i = 0;
    for (; i + 2 < pending_.size(); ++i) {
        if (pending_[i] == 0x10 && pending_[i + 1] == 0x04) {
            const std::uint8_t reply = answer(pending_[i + 2]);
            [[maybe_unused]] const auto written = ::write(fd, &reply, 1);
            i += 2;
        }
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<long>(i));
}

void VirtualPrinter::serveTcp() {
    while (!stop_) {
        pollfd p{listenFd_, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        const int client = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        while (!stop_) {
            if (state_ == State::Silent) {  // hung: reads nothing, answers nothing
                ::usleep(20000);
                continue;
            }
            pollfd c{client, POLLIN, 0};
            if (::poll(&c, 1, 50) <= 0) continue;
            std::uint8_t buffer[4096];
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0) break;
            take(client, buffer, static_cast<std::size_t>(n));
        }
        ::close(client);
        std::lock_guard lock(mutex_);
        pending_.clear();
    }
}

void VirtualPrinter::servePty() {
    while (!stop_) {
        if (state_ == State::Silent) {
            ::usleep(20000);
            continue;
        }
        pollfd p{ptyFd_, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        std::uint8_t buffer[4096];
        const ssize_t n = ::read(ptyFd_, buffer, sizeof buffer);
        if (n > 0) {
            take(ptyFd_, buffer, static_cast<std::size_t>(n));
        } else {
            ::usleep(20000);  // no one has the other end open yet (EIO): wait for the kiosk
        }
    }
}

}  // namespace kiosk::testing
