#pragma once
// One accepted connection as cpp-httplib's Stream, plain or TLS, over a non-blocking socket the
// stream owns. Every wait is bounded twice: by the I/O timeout of one read or write, and for
// reads by the request's deadline — so a client sending a byte every few seconds, each read on
// time, is still cut off once its request as a whole is late. Waits are taken in slices of
// 100 ms so that a stopping server is noticed at once.
#include <httplib.h>
#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <string>

namespace kiosk::server {

// The client's address as the gate counts it: "127.0.0.2", "2001:db8::1" (an IPv4 client on an
// IPv6 socket as its IPv4 address); "" when the socket has no peer.
std::string peerAddress(int fd);

class ConnectionStream : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;

    // `listening` is the server's socket: INVALID_SOCKET once the server stops.
    ConnectionStream(int fd, std::chrono::milliseconds ioTimeout, const std::atomic<socket_t>& listening);
    ~ConnectionStream() override;  // closes the connection if close() was not called
    ConnectionStream(const ConnectionStream&) = delete;
    ConnectionStream& operator=(const ConnectionStream&) = delete;

    // The TLS handshake, within the deadline; false: no TLS connection.
    bool acceptTls(SSL_CTX* context);
    SSL* ssl() const { return ssl_; }

    // Reads fail once `deadline` has passed (and deadlineMissed() says so).
    void setDeadline(Clock::time_point deadline) { deadline_ = deadline; }
    void extendDeadline(Clock::duration more) {
        if (deadline_ != Clock::time_point::max()) deadline_ += more;
    }
    bool deadlineMissed() const { return deadlineMissed_; }
    // Waits for a request on the connection; false when none came within `idle`, or the server stops.
    bool awaitRequest(std::chrono::milliseconds idle);

    // Ends the connection; `graceful` sends TLS's close_notify first.
    void close(bool graceful);
    // Ends it after an answer to a request whose body was not read: the answer is followed by the
    // end of our side, and what the client still sends is dropped for up to `linger` (until it
    // pauses for a second), so that it reads the answer rather than a reset.
    void closeLingering(std::chrono::milliseconds linger);

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return fd_; }

private:
    enum class Wait { Ready, TimedOut, Late, Stopping };
    Wait waitFor(short events, bool reading) const;
    bool late() const;
    ssize_t readSocket(char* ptr, size_t size);

    int fd_;
    const std::chrono::milliseconds ioTimeout_;
    const std::atomic<socket_t>& listening_;
    SSL* ssl_ = nullptr;
    Clock::time_point deadline_ = Clock::time_point::max();
    mutable bool deadlineMissed_ = false;
    // cpp-httplib reads a request's head a byte at a time: plain connections read ahead into this.
    char buffer_[4096];
    std::size_t bufferStart_ = 0;
    std::size_t bufferEnd_ = 0;
};

}  // namespace kiosk::server
