#pragma once
// How many connections each client address holds on the server's workers, so that one client
// (one address) cannot take them all: 200 idle connections, or ten sending a byte every few
// seconds, from one address get at most `maxPerClient` workers and the rest are closed at once.
// Behind a reverse proxy every connection comes from the proxy's address: there the proxy caps
// per client and this cap is off (0).
#include <mutex>
#include <string>
#include <unordered_map>

namespace kiosk::server {

class ConnectionGate {
public:
    explicit ConnectionGate(int maxPerClient) : max_(maxPerClient) {}

    // Counts one more connection of `client` in, unless it already holds its cap.
    bool admit(const std::string& client);
    void release(const std::string& client);
    int heldBy(const std::string& client) const;

private:
    const int max_;  // 0: no cap
    mutable std::mutex mutex_;
    std::unordered_map<std::string, int> held_;  // only addresses holding at least one
};

// A connection's place at the gate for as long as it is served.
class GatePass {
public:
    GatePass(ConnectionGate& gate, std::string client)
        : gate_(gate), client_(std::move(client)), admitted_(gate_.admit(client_)) {}
    ~GatePass() {
        if (admitted_) gate_.release(client_);
    }
    GatePass(const GatePass&) = delete;
    GatePass& operator=(const GatePass&) = delete;

    explicit operator bool() const { return admitted_; }

private:
    ConnectionGate& gate_;
    const std::string client_;
    const bool admitted_;
};

}  // namespace kiosk::server
