#include "connection_stream.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace kiosk::server {
namespace {

constexpr std::chrono::milliseconds kSlice{100};
// A client still sending its refused body sends without pause; one that has stopped (it read the
// answer, or it never meant to send the body) need not be waited for.
constexpr std::chrono::milliseconds kLingerSilence{1000};

// An address and port as text; an IPv4 client on an IPv6 socket as its IPv4 address.
void addressOf(const sockaddr_storage& a, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = "";
    ip.clear();
    port = 0;
    if (a.ss_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(a);
        ::inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (a.ss_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(a);
        const unsigned char* b = v6.sin6_addr.s6_addr;
        const bool v4Mapped =
            std::all_of(b, b + 10, [](unsigned char c) { return c == 0; }) && b[10] == 0xFF && b[11] == 0xFF;
        if (v4Mapped) {
            ::inet_ntop(AF_INET, &v6.sin6_addr.s6_addr[12], text, sizeof text);
        } else {
            ::inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        }
        port = ntohs(v6.sin6_port);
    }
    ip = text;
}

int clampToInt(std::size_t size) {
    return static_cast<int>(std::min<std::size_t>(size, INT_MAX));
}

}  // namespace

std::string peerAddress(int fd) {
    sockaddr_storage a{};
    socklen_t length = sizeof a;
    std::string ip;
    int port = 0;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0) addressOf(a, ip, port);
    return ip;
}

ConnectionStream::ConnectionStream(int fd, std::chrono::milliseconds ioTimeout, const std::atomic<socket_t>& listening)
    : fd_(fd), ioTimeout_(ioTimeout), listening_(listening) {
    ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

ConnectionStream::~ConnectionStream() {
    close(false);
}

bool ConnectionStream::late() const {
    if (Clock::now() < deadline_) return false;
    deadlineMissed_ = true;
    return true;
}

ConnectionStream::Wait ConnectionStream::waitFor(short events, bool reading) const {
    const auto until = reading ? std::min(Clock::now() + ioTimeout_, deadline_) : Clock::now() + ioTimeout_;
    for (;;) {
        if (listening_ == INVALID_SOCKET) return Wait::Stopping;
        const auto now = Clock::now();
        if (now >= until) return reading && late() ? Wait::Late : Wait::TimedOut;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - now);
        pollfd p{fd_, events, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::min(left, kSlice).count()));
        if (ready > 0) return Wait::Ready;  // POLLHUP and POLLERR too: the read or write then says what happened
        if (ready < 0 && errno != EINTR) return Wait::TimedOut;
    }
}

bool ConnectionStream::acceptTls(SSL_CTX* context) {
    ssl_ = SSL_new(context);
    if (!ssl_ || SSL_set_fd(ssl_, fd_) != 1) return false;
    for (;;) {
        ERR_clear_error();
        const int done = SSL_accept(ssl_);
        if (done == 1) return true;
        const int error = SSL_get_error(ssl_, done);
        const short events = error == SSL_ERROR_WANT_READ ? POLLIN : error == SSL_ERROR_WANT_WRITE ? POLLOUT : 0;
        if (events == 0 || waitFor(events, true) != Wait::Ready) return false;
    }
}

bool ConnectionStream::awaitRequest(std::chrono::milliseconds idle) {
    if (bufferStart_ < bufferEnd_ || (ssl_ && SSL_has_pending(ssl_))) return true;
    const auto until = Clock::now() + idle;
    for (;;) {
        if (listening_ == INVALID_SOCKET) return false;
        const auto now = Clock::now();
        if (now >= until) return false;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - now);
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::min(left, kSlice).count()));
        if (ready > 0) return true;  // a request, or the client's end: the read tells
        if (ready < 0 && errno != EINTR) return false;
    }
}

void ConnectionStream::close(bool graceful) {
    if (fd_ < 0) return;
    if (ssl_) {
        if (graceful) SSL_shutdown(ssl_);  // one try: a client that does not read it loses nothing
        SSL_free(ssl_);
        ssl_ = nullptr;
    }
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    fd_ = -1;
}

void ConnectionStream::closeLingering(std::chrono::milliseconds linger) {
    if (fd_ < 0) return;
    if (ssl_) SSL_shutdown(ssl_);
    ::shutdown(fd_, SHUT_WR);
    const auto until = Clock::now() + linger;
    auto lastHeard = Clock::now();
    char dropped[16384];
    while (listening_ != INVALID_SOCKET && Clock::now() < until && Clock::now() - lastHeard < kLingerSilence) {
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(kSlice.count()));
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        lastHeard = Clock::now();
        const ssize_t n = ::recv(fd_, dropped, sizeof dropped, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) break;
    }
    close(false);
}

bool ConnectionStream::is_readable() const {
    if (bufferStart_ < bufferEnd_ || (ssl_ && SSL_pending(ssl_) > 0)) return true;
    return !late() && waitFor(POLLIN, true) == Wait::Ready;
}

bool ConnectionStream::is_writable() const {
    return waitFor(POLLOUT, false) == Wait::Ready;
}

ssize_t ConnectionStream::readSocket(char* ptr, size_t size) {
    for (;;) {
        if (ssl_) {
            ERR_clear_error();
            const int n = SSL_read(ssl_, ptr, clampToInt(size));
            if (n > 0) return n;
            const int error = SSL_get_error(ssl_, n);
            if (error == SSL_ERROR_ZERO_RETURN) return 0;
            const short events = error == SSL_ERROR_WANT_READ ? POLLIN : error == SSL_ERROR_WANT_WRITE ? POLLOUT : 0;
            if (events == 0 || waitFor(events, true) != Wait::Ready) return -1;
        } else {
            const ssize_t n = ::recv(fd_, ptr, size, 0);
            if (n >= 0) return n;
            if (errno == EINTR) continue;
            if ((errno != EAGAIN && errno != EWOULDBLOCK) || waitFor(POLLIN, true) != Wait::Ready) return -1;
        }
    }
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
    if (size == 0) return 0;
    if (late()) return -1;
    if (bufferStart_ == bufferEnd_ && !ssl_ && size < sizeof buffer_) {
        const ssize_t n = readSocket(buffer_, sizeof buffer_);
        if (n <= 0) return n;
        bufferStart_ = 0;
        bufferEnd_ = static_cast<std::size_t>(n);
    }
    if (bufferStart_ < bufferEnd_) {
        const std::size_t n = std::min(size, bufferEnd_ - bufferStart_);
        std::memcpy(ptr, buffer_ + bufferStart_, n);
        bufferStart_ += n;
        return static_cast<ssize_t>(n);
    }
    return readSocket(ptr, size);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
    if (size == 0) return 0;
    for (;;) {
        if (ssl_) {
            ERR_clear_error();
            const int n = SSL_write(ssl_, ptr, clampToInt(size));
            if (n > 0) return n;
            const int error = SSL_get_error(ssl_, n);
            const short events = error == SSL_ERROR_WANT_WRITE ? POLLOUT : error == SSL_ERROR_WANT_READ ? POLLIN : 0;
            if (events == 0 || waitFor(events, false) != Wait::Ready) return -1;
        } else {
            const ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL);
            if (n >= 0) return n;
            if (errno == EINTR) continue;
            if ((errno != EAGAIN && errno != EWOULDBLOCK) || waitFor(POLLOUT, false) != Wait::Ready) return -1;
        }
    }
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t length = sizeof a;
    if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&a), &length) == 0) addressOf(a, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t length = sizeof a;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &length) == 0) addressOf(a, ip, port);
}

}  // namespace kiosk::server
