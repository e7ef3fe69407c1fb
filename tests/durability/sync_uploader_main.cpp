// A stand-in for the kiosk's sync worker: sends the outbox to the platform until it is empty,
// then exits 0. The exactly-once test kills this process at random moments and starts it again.
// Usage: sync_uploader OUTBOX BASE_URL CA_FILE TOKEN
#include <chrono>
#include <cstdio>
#include <thread>

#include "net/sync_engine.h"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: sync_uploader OUTBOX BASE_URL CA_FILE TOKEN\n");
        return 2;
    }
    kiosk::net::SyncSettings s;
    s.outboxPath = argv[1];
    s.baseUrl = argv[2];
    s.tls.caPath = argv[3];
    s.deviceToken = argv[4];
    s.deviceId = "uploader";
    s.intervalSeconds = 0.02;
    s.backoff = {0.02, 0.1, 0.01};
    s.nowText = [] { return std::string("2026-11-22T10:16:00+08:00"); };
    kiosk::net::SyncEngine engine(s);
    engine.start();
    kiosk::storage::Outbox outbox(argv[1]);
    while (outbox.depth() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    engine.stop();
    return 0;
}
