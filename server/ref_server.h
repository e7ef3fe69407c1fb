#pragma once
// The reference platform server (refserver): the API of docs/api.md over TLS with cpp-httplib,
// for the demo and the network tests. It validates every input and answers errors in the
// Open311 format; cases go to SQLite with dedupe by idempotency key.
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "case_store.h"

namespace kiosk::server {

struct RefServerOptions {
    std::string certPath;  // PEM; both empty: plain HTTP (loopback only, for development)
    std::string keyPath;
    std::string clientCaPath;  // PEM: when set, only kiosks with a client certificate it signed get in
    std::string host = "127.0.0.1";
    int port = 0;  // 0: any free port (tests)
    std::string dataDir;
    std::string catalogPath;                // the case catalog: its categories are the services
    std::string contentDir;                 // disclosures.json, announcements.json, case_catalog.json (feeds)
    std::vector<std::string> deviceTokens;  // accepted bearer tokens / api_key values
    // Open311's jurisdiction_id: "" serves any (and none); set, another value is 404.
    std::string jurisdiction;
    // Strict GeoReport v2 (docs/api.md "Spec-only mode"): no kiosk endpoints or fields, services of
    // type batch, and POST requests answers a token whose id comes with progressAll() or
    // assignTokens().
    bool specOnly = false;
    std::string adminToken;  // for /admin (advancing cases)
    std::string timezone = "+08:00";
    // What one client may hold of the server (docs/api.md "Limits"), so that a client holding
    // connections open, or sending a byte now and then, cannot keep the others waiting.
    int workerThreads = 16;           // connections served at once
    int maxConnectionsPerClient = 4;  // held by one client address, served or waiting; 0: no cap (behind a proxy)
    int pendingConnections = 64;      // admitted and waiting for a worker; one more is closed at once
    int readTimeoutSeconds = 5;       // one read or write waiting on the client
    int keepAliveSeconds = 5;         // an idle kept-alive connection is closed after this
    int requestSeconds = 30;          // a request's head and body must all arrive within this (+1 s per 8 KB of body)
};

class RefServer {
public:
    explicit RefServer(RefServerOptions options);
    ~RefServer();
    RefServer(const RefServer&) = delete;
    RefServer& operator=(const RefServer&) = delete;

    // Binds and serves on a thread; returns the port (throws when it cannot bind or load).
    int start();
    void stop();
    int port() const { return port_; }
    std::string baseUrl() const;  // "https://127.0.0.1:PORT/open311/v2"

    // Advances every open case one station (已受理 → 办理中 → 已办结): --auto-progress and tests.
    // In spec-only mode it first assigns the ids of the tokens answered so far (those cases move
    // from the next call on).
    int progressAll();
    // Spec-only mode: gives every token answered so far its service_request_id; returns how many.
    int assignTokens();
    std::size_t caseCount() const;
    // What arrived for a case (tests: the attributes, the phone, the tracking code).
    std::optional<NewRequest> filedCase(const std::string& id) const;
    std::optional<std::string> ratingOf(const std::string& trackingCode) const;
    int joinCount(const std::string& trackingCode) const;
    std::vector<std::string> trackingCodes() const;  // of every case filed, in order (tests)
    int repeatCount() const;
    std::optional<std::string> lastHeartbeat(const std::string& deviceId) const;  // its JSON body
    // A command for a device as an admin queues it (`args`: a JSON object of its fields); its id.
    std::string queueCommand(const std::string& deviceId, const std::string& name, const std::string& args = "{}");
    std::optional<std::string> commandRecord(const std::string& commandId) const;  // as GET /admin/commands/{id}
    std::vector<std::string> enrolmentCodes() const;                               // waiting, oldest first
    std::string screenshotFile(const std::string& deviceId) const;                 // where its latest is kept

    struct Impl;

private:
    RefServerOptions options_;
    std::unique_ptr<Impl> impl_;
    std::thread thread_;
    int port_ = 0;
};

}  // namespace kiosk::server
