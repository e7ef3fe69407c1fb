#pragma once
// The reference platform as network tests (and the sync bench) start it: TLS with a test
// certificate, its data in a folder, the demo case catalog and content, the given device tokens.
// (`eventually` comes along from support/eventually.h.)
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "ref_server.h"
#include "support/eventually.h"
#include "support/test_certs.h"

namespace kiosk::testing {

server::RefServerOptions testPlatformOptions(const CertFiles& cert, const std::string& dataDir,
                                             std::vector<std::string> deviceTokens);

}  // namespace kiosk::testing
