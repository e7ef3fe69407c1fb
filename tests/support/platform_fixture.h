#pragma once
// The network tests' fixture: each test gets a fresh folder named after it, a test CA in it with
// a server certificate for 127.0.0.1, and the reference platform started when the test says, over
// TLS with its data in the folder. The sync, client and server tests spelled this out each.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "ref_server.h"
#include "support/test_platform.h"

namespace kiosk::testing {

class PlatformTest : public ::testing::Test {
protected:
    void SetUp() override;     // the folder, the CA and the certificate
    void TearDown() override;  // the server stops and the folder goes, also after a failed test

    // refserver's options for this test's platform (testPlatformOptions): its data in
    // dir_/`dataFolder`, the given device tokens. Adjust them, then startPlatform.
    server::RefServerOptions platformOptions(std::vector<std::string> deviceTokens,
                                             const std::string& dataFolder = "server") const;
    // server_ (stopped first if it runs) started on `options`.
    server::RefServer& startPlatform(const server::RefServerOptions& options);
    // An HTTPS client of server_ that trusts the test CA, with `token` as its bearer token ("" : none).
    std::unique_ptr<httplib::SSLClient> httpsClient(const std::string& token) const;

    std::filesystem::path dir_;
    std::unique_ptr<TestPki> pki_;
    CertFiles cert_;  // for 127.0.0.1, signed by pki_
    std::unique_ptr<server::RefServer> server_;
};

}  // namespace kiosk::testing
