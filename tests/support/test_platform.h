#pragma once
// The reference platform as network tests (and the sync bench) start it: TLS with a test
// certificate, its data in a folder, the demo case catalog and content, the given device tokens.
// And `eventually`, for what a worker thread does in its own time.
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "ref_server.h"
#include "support/test_certs.h"

namespace kiosk::testing {

server::RefServerOptions testPlatformOptions(const CertFiles& cert, const std::string& dataDir,
                                             std::vector<std::string> deviceTokens);

// Polls `done` until it holds or `limit` passes; returns its last answer.
template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds limit = std::chrono::milliseconds(8000)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

}  // namespace kiosk::testing
