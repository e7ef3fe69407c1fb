#include "platform/receipt_printer_link.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "platform/serial_speed_termios.h"

namespace kiosk::platform {
namespace {

using Clock = std::chrono::steady_clock;

int millisLeft(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

// An open connection, closed when it goes.
struct Connection {
    int fd = -1;
    bool oneWay = false;  // a plain file: it takes bytes and never answers
    ~Connection() {
        if (fd >= 0) ::close(fd);
    }
};

bool openDevice(const PrinterLinkOptions& o, Connection& c, std::string& problem) {
    // A plain file (a capture of what would be printed: the render tours, a fitter's check) gets
    // each job after the last, and is never asked its state. Never made here: a device that is
    // not there is a fault, not a new file.
    struct stat info {};
    if (::stat(o.address.path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        c.fd = ::open(o.address.path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        c.oneWay = true;
        if (c.fd < 0) problem = "cannot open " + o.address.path + ": " + std::strerror(errno);
        return c.fd >= 0;
    }
    c.fd = ::open(o.address.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (c.fd < 0) c.fd = ::open(o.address.path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (c.fd < 0) {
        problem = "cannot open " + o.address.path + ": " + std::strerror(errno);
        return false;
    }
    termios tty{};
    if (::isatty(c.fd) && ::tcgetattr(c.fd, &tty) == 0) {
        // A serial printer: raw bytes, 8 data bits, no parity, one stop bit, at its speed.
        ::cfmakeraw(&tty);
        ::cfsetispeed(&tty, termiosSpeed(o.baud));
        ::cfsetospeed(&tty, termiosSpeed(o.baud));
        tty.c_cflag |= CLOCAL | CREAD;
        ::tcsetattr(c.fd, TCSANOW, &tty);
    }
    return true;
}

bool connectTcp(const PrinterLinkOptions& o, Clock::time_point deadline, Connection& c, std::string& problem) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(o.address.port);
    if (::getaddrinfo(o.address.host.c_str(), port.c_str(), &hints, &found) != 0 || !found) {
        problem = "cannot resolve " + o.address.host;
        return false;
    }
    for (addrinfo* a = found; a; a = a->ai_next) {
        c.fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (c.fd < 0) continue;
        if (::connect(c.fd, a->ai_addr, a->ai_addrlen) == 0) break;
        if (errno == EINPROGRESS) {
            pollfd p{c.fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            if (::poll(&p, 1, millisLeft(deadline)) == 1 &&
                ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0) {
                break;
            }
        }
        ::close(c.fd);
        c.fd = -1;
    }
    ::freeaddrinfo(found);
    if (c.fd < 0) problem = "cannot connect to " + o.address.host + ":" + port;
    return c.fd >= 0;
}

bool connect(const PrinterLinkOptions& o, Clock::time_point deadline, Connection& c, std::string& problem) {
    return o.address.kind == core::PrinterAddress::Kind::Tcp ? connectTcp(o, deadline, c, problem)
                                                             : openDevice(o, c, problem);
}

// One write: send() without SIGPIPE on a socket (a printer that hangs up must not end the
// kiosk), write() on a device.
ssize_t put(int fd, const std::uint8_t* data, std::size_t size) {
    const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
    if (n >= 0 || errno != ENOTSOCK) return n;
    return ::write(fd, data, size);
}

// Writes every byte before `deadline`; false (and `problem`) when the printer stopped taking them.
bool writeAll(int fd, const std::uint8_t* data, std::size_t size, Clock::time_point deadline, std::string& problem) {
    std::size_t sent = 0;
    while (sent < size) {
        const ssize_t n = put(fd, data + sent, size - sent);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            problem = std::string("write failed: ") + std::strerror(errno);
            return false;
        }
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, millisLeft(deadline)) <= 0) {
            problem = "the printer stopped taking data (" + std::to_string(sent) + " of " + std::to_string(size) +
                      " bytes sent)";
            return false;
        }
    }
    return true;
}

// Asks the four DLE EOT questions; false when nothing answered (a one-way link).
bool askStatus(int fd, const PrinterLinkOptions& o, core::escpos::PrinterStatus& status) {
    using core::escpos::StatusQuery;
    bool answered = false;
    for (StatusQuery q : {StatusQuery::Printer, StatusQuery::Offline, StatusQuery::Paper}) {
        const core::escpos::Bytes ask = core::escpos::statusRequest(q);
        std::string ignored;
        if (!writeAll(fd, ask.data(), ask.size(), Clock::now() + o.statusTimeout, ignored)) return answered;
        const auto deadline = Clock::now() + o.statusTimeout;
        for (;;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, millisLeft(deadline)) <= 0) return answered;
            std::uint8_t byte = 0;
            const ssize_t n = ::read(fd, &byte, 1);
            if (n <= 0) return answered;
            // A stray byte (an answer late from an earlier question) is read past.
            if (core::escpos::readStatusByte(q, byte, status)) {
                answered = true;
                break;
            }
        }
    }
    return answered;
}

bool notReady(const core::escpos::PrinterStatus& s) {
    return s.offline || s.coverOpen || s.paperEnd;
}

}  // namespace

PrinterReport PrinterLink::status() const {
    PrinterReport report;
    Connection c;
    if (!connect(options_, Clock::now() + options_.timeout, c, report.problem)) return report;
    report.statusKnown = !c.oneWay && askStatus(c.fd, options_, report.status);
    report.outcome = report.statusKnown && notReady(report.status) ? PrinterReport::Outcome::NotReady
                                                                   : PrinterReport::Outcome::Ready;
    return report;
}

PrinterReport PrinterLink::print(const core::escpos::Bytes& job) const {
    PrinterReport report;
    const auto deadline = Clock::now() + options_.timeout;
    Connection c;
    if (!connect(options_, deadline, c, report.problem)) return report;
    report.statusKnown = !c.oneWay && askStatus(c.fd, options_, report.status);
    if (report.statusKnown && notReady(report.status)) {
        report.outcome = PrinterReport::Outcome::NotReady;
        return report;
    }
    if (!writeAll(c.fd, job.data(), job.size(), Clock::now() + options_.timeout, report.problem)) return report;
    report.outcome = PrinterReport::Outcome::Printed;
    return report;
}

}  // namespace kiosk::platform
