#pragma once
// cpp-httplib's server with every connection served by our code around the library's request
// parsing and routing (Server::process_request), because Debian's build fixes what the library
// would otherwise do on its own: 8 workers with an unbounded queue, a listen backlog of 5, and
// per-read timeouts only. Here: a chosen number of workers and a bounded queue (worker_pool), a
// cap on one client address's connections (connection_gate), a deadline for a whole request
// (connection_stream), and a connection closed after an answer given without reading the
// request's body. The same for TLS and for plain HTTP (loopback development).
#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace kiosk::server {

struct ConnectionLimits {
    int workerThreads = 16;
    int maxConnectionsPerClient = 4;               // held by one client address, served or waiting; 0: no cap
    int pendingConnections = 64;                   // admitted and waiting for a worker
    std::chrono::seconds ioTimeout{5};             // one read or write
    std::chrono::seconds keepAlive{5};             // idle between two requests of a connection
    std::chrono::seconds requestDeadline{30};      // a request's head and body, from its first byte's wait
    std::size_t slowestBodyBytesPerSecond = 8192;  // a body's time on top: allowTimeForBody
    std::size_t requestsPerConnection = 5;         // cpp-httplib's own default
    std::chrono::milliseconds linger{2000};        // after a refusal, what the client still sends is dropped this long
};

struct TlsFiles {
    std::string certPath;
    std::string keyPath;
    std::string clientCaPath;  // "": no client certificate asked for
};

// A TLS server when `tls` is given, plain HTTP otherwise; is_valid() says whether TLS could load.
std::unique_ptr<httplib::Server> makeGuardedServer(const ConnectionLimits& limits, const TlsFiles* tls);

// For a handler that answers without reading the request's body: the connection closes once the
// answer is sent, since the unread body must never be taken for the next request; the answer
// says so (Connection: close).
void closeAfterAnswer(httplib::Response& res);

// For the pre-routing handler, once a request's head is accepted and before its body is read:
// the request's deadline grows by the time `bodyBytes` take at the slowest rate the server waits
// for, so that a 5 MB photo on a slow line still arrives while a client dripping a small request
// is cut off as before. (Only a client with a token gets as far as a large body.)
void allowTimeForBody(std::uint64_t bodyBytes);

}  // namespace kiosk::server
