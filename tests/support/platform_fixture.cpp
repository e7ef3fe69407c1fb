#include "support/platform_fixture.h"

#include <unistd.h>

#include <algorithm>
#include <utility>

namespace kiosk::testing {

void PlatformTest::SetUp() {
    // Suite and test name: parameterised ones carry a '/', which would make a folder of its own.
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(test->test_suite_name()) + "-" + std::to_string(::getpid()) + "-" + test->name();
    std::replace(name.begin(), name.end(), '/', '-');
    dir_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    pki_ = std::make_unique<TestPki>((dir_ / "pki").string());
    cert_ = pki_->issue("server", "127.0.0.1");
}

void PlatformTest::TearDown() {
    server_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

server::RefServerOptions PlatformTest::platformOptions(std::vector<std::string> deviceTokens,
                                                       const std::string& dataFolder) const {
    return testPlatformOptions(cert_, (dir_ / dataFolder).string(), std::move(deviceTokens));
}

server::RefServer& PlatformTest::startPlatform(const server::RefServerOptions& options) {
    server_.reset();
    server_ = std::make_unique<server::RefServer>(options);
    server_->start();
    return *server_;
}

std::unique_ptr<httplib::SSLClient> PlatformTest::httpsClient(const std::string& token) const {
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server_->port());
    c->set_ca_cert_path(pki_->caPath());
    c->enable_server_certificate_verification(true);
    if (!token.empty()) c->set_bearer_token_auth(token);
    return c;
}

}  // namespace kiosk::testing
