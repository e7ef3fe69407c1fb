#include "guarded_server.h"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <type_traits>
#include <utility>

#include "connection_gate.h"
#include "connection_stream.h"
#include "worker_pool.h"

namespace kiosk::server {
namespace {

// cpp-httplib listens with a backlog of 5 (compiled in): a burst of connections beyond it has its
// SYNs dropped and tried again a second later — a good client's among them. listen() again on the
// bound socket widens it; admissions take microseconds, so it empties as fast as it fills.
constexpr int kListenBacklog = 1024;

// The connection served on this thread, for the handlers' calls: closeAfterAnswer() marks it,
// allowTimeForBody() extends its deadline.
struct Serving {
    ConnectionStream* connection = nullptr;
    const ConnectionLimits* limits = nullptr;
    bool closeRequested = false;
};
thread_local Serving* servingHere = nullptr;

class ServingScope {
public:
    explicit ServingScope(Serving& serving) { servingHere = &serving; }
    ~ServingScope() { servingHere = nullptr; }
    ServingScope(const ServingScope&) = delete;
    ServingScope& operator=(const ServingScope&) = delete;
};

template <class Base>
class Guarded final : public Base {
public:
    template <class... BaseArgs>
    explicit Guarded(const ConnectionLimits& limits, BaseArgs&&... args)
        : Base(std::forward<BaseArgs>(args)...), limits_(limits), gate_(limits.maxConnectionsPerClient) {
        this->set_read_timeout(limits.ioTimeout.count());
        this->set_write_timeout(limits.ioTimeout.count());
        this->set_keep_alive_timeout(limits.keepAlive.count());
        this->set_keep_alive_max_count(limits.requestsPerConnection);
        // Called by listen_after_bind on the listening thread, after the bind and before the first accept.
        this->new_task_queue = [this]() -> httplib::TaskQueue* {
            ::listen(this->svr_sock_, kListenBacklog);
            return new WorkerPool(limits_.workerThreads, limits_.pendingConnections);
        };
    }

private:
    // On the accepting thread (WorkerPool::enqueue): admits the connection or closes it at once.
    bool process_and_close_socket(socket_t sock) override {
        auto pass = std::make_shared<GatePass>(gate_, peerAddress(sock));
        // Over its client's cap, or no worker free soon: closed now rather than held for minutes.
        if (!*pass || !WorkerPool::serveLater([this, sock, pass] { serve(sock); })) {
            ::close(sock);
            return false;
        }
        return true;
    }

    // On a worker: the TLS handshake and the requests of the connection, each by its deadline.
    void serve(socket_t sock) {
        ConnectionStream connection(sock, limits_.ioTimeout, this->svr_sock_);  // closes it, whatever happens
        connection.setDeadline(ConnectionStream::Clock::now() + limits_.requestDeadline);
        if constexpr (std::is_base_of_v<httplib::SSLServer, Base>) {
            if (!connection.acceptTls(this->ssl_context())) return;
        }
        Serving serving{&connection, &limits_};
        const ServingScope scope(serving);
        bool ok = true;
        for (std::size_t left = limits_.requestsPerConnection; left > 0; --left) {
            if (this->svr_sock_ == INVALID_SOCKET || !connection.awaitRequest(limits_.keepAlive)) break;
            if (left != limits_.requestsPerConnection) {
                connection.setDeadline(ConnectionStream::Clock::now() + limits_.requestDeadline);
            }
            bool clientCloses = false;
            ok = this->process_request(connection, left == 1, clientCloses,
                                       [&](httplib::Request& req) { req.ssl = connection.ssl(); });
            if (!ok || clientCloses || serving.closeRequested || connection.deadlineMissed()) break;
        }
        if (serving.closeRequested) {
            connection.closeLingering(limits_.linger);
        } else {
            connection.close(ok);
        }
    }

    const ConnectionLimits limits_;
    ConnectionGate gate_;
};

}  // namespace

std::unique_ptr<httplib::Server> makeGuardedServer(const ConnectionLimits& limits, const TlsFiles* tls) {
    if (!tls) return std::make_unique<Guarded<httplib::Server>>(limits);
    return std::make_unique<Guarded<httplib::SSLServer>>(
        limits, tls->certPath.c_str(), tls->keyPath.c_str(),
        tls->clientCaPath.empty() ? nullptr : tls->clientCaPath.c_str());
}

void closeAfterAnswer(httplib::Response& res) {
    if (servingHere) servingHere->closeRequested = true;
    res.set_header("Connection", "close");
}

void allowTimeForBody(std::uint64_t bodyBytes) {
    if (!servingHere) return;
    const std::uint64_t rate = std::max<std::size_t>(1, servingHere->limits->slowestBodyBytesPerSecond);
    servingHere->connection->extendDeadline(std::chrono::seconds(bodyBytes / rate + 1));
}

}  // namespace kiosk::server
