#include "support/test_platform.h"

namespace kiosk::testing {

server::RefServerOptions testPlatformOptions(const CertFiles& cert, const std::string& dataDir,
                                             std::vector<std::string> deviceTokens) {
    server::RefServerOptions options;
    options.certPath = cert.certPath;
    options.keyPath = cert.keyPath;
    options.dataDir = dataDir;
    options.catalogPath = std::string(KIOSK_DEFAULT_ASSETS_DIR) + "/demo/case_catalog.json";
    options.deviceTokens = std::move(deviceTokens);
    return options;
}

}  // namespace kiosk::testing
