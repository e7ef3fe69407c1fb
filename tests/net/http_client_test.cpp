// The kiosk's HTTPS client against the reference server over real TLS on 127.0.0.1, and against
// misbehaving listeners: every fault ends in its own NetError, in bounded time.
#include "net/http_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "ref_server.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

using net::HttpClient;
using net::HttpRequest;
using net::NetError;

net::TlsSettings trusting(const std::string& caPath) {
    net::TlsSettings tls;
    tls.caPath = caPath;
    return tls;
}

// "sha256//BASE64" of a certificate's public key, as CURLOPT_PINNEDPUBLICKEY wants it.
std::string pinOf(const std::string& certPath) {
    FILE* f = std::fopen(certPath.c_str(), "r");
    X509* cert = PEM_read_X509(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(cert), &der);
    unsigned char digest[32];
    unsigned int digestLength = 0;
    EVP_Digest(der, static_cast<std::size_t>(length), digest, &digestLength, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    X509_free(cert);
    unsigned char b64[64] = {};
    EVP_EncodeBlock(b64, digest, static_cast<int>(digestLength));
    return "sha256//" + std::string(reinterpret_cast<char*>(b64));
}

// A TCP listener that never answers: connections complete (the kernel's backlog) and then hang.
class SilentListener {
public:
    SilentListener() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 8) != 0) {
            ::close(fd_);
            throw std::runtime_error("SilentListener: cannot listen on 127.0.0.1");
        }
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
    }
    ~SilentListener() { ::close(fd_); }
    int port() const { return port_; }

private:
    int fd_ = -1;
    int port_ = 0;
};

class HttpClientTest : public testing::PlatformTest {
protected:
    // The reference server with a certificate for `host`, valid in the given window.
    std::string startServer(const std::string& host = "127.0.0.1", int notBefore = -1, int notAfter = 30) {
        cert_ = pki_->issue("server", host, notBefore, notAfter);
        startPlatform(platformOptions({"t"}, "data"));
        return server_->baseUrl() + "/services.json";
    }
    HttpRequest get(const std::string& url) {
        HttpRequest r;
        r.url = url;
        r.headers["Authorization"] = "Bearer t";
        return r;
    }
};

TEST_F(HttpClientTest, TrustedServerAnswers) {
    const std::string url = startServer();
    HttpClient client(trusting(pki_->caPath()));
    const auto res = client.perform(get(url));
    ASSERT_TRUE(res.ok()) << res.errorText;
    EXPECT_EQ(res.status, 200);
    EXPECT_NE(res.body.find("环境卫生"), std::string::npos);
    EXPECT_EQ(res.header("content-type"), "application/json; charset=utf-8");
}

TEST_F(HttpClientTest, AnHttpErrorStatusIsAnAnswerNotANetworkError) {
    const std::string url = startServer();
    HttpClient client(trusting(pki_->caPath()));
    HttpRequest r = get(url);
    r.headers["Authorization"] = "Bearer wrong";
    const auto res = client.perform(r);
    ASSERT_TRUE(res.ok());
    EXPECT_EQ(res.status, 403);
}

TEST_F(HttpClientTest, AnotherCaAWrongHostNameAndAnExpiredCertificateAreNotTrusted) {
    testing::TestPki other((dir_ / "other").string(), "Another CA");
    const std::string url = startServer();
    EXPECT_EQ(HttpClient(trusting(other.caPath())).perform(get(url)).error, NetError::TlsUntrusted);
    server_.reset();
    const std::string wrongHost = startServer("kiosk.example.cn");
    EXPECT_EQ(HttpClient(trusting(pki_->caPath())).perform(get(wrongHost)).error, NetError::TlsUntrusted);
    server_.reset();
    const std::string expired = startServer("127.0.0.1", -30, -1);
    const auto res = HttpClient(trusting(pki_->caPath())).perform(get(expired));
    EXPECT_EQ(res.error, NetError::TlsUntrusted);
    EXPECT_NE(res.errorText.find("expired"), std::string::npos) << res.errorText;
}

TEST_F(HttpClientTest, APinnedKeyMustMatch) {
    const std::string url = startServer();
    net::TlsSettings pinned = trusting(pki_->caPath());
    pinned.pinnedPublicKey = pinOf(cert_.certPath);
    EXPECT_TRUE(HttpClient(pinned).perform(get(url)).ok());
    const testing::CertFiles otherKey = pki_->issue("other", "127.0.0.1");  // same CA, another key
    net::TlsSettings wrongPin = trusting(pki_->caPath());
    wrongPin.pinnedPublicKey = pinOf(otherKey.certPath);
    EXPECT_EQ(HttpClient(wrongPin).perform(get(url)).error, NetError::PinMismatch);
}

// platform.client_cert / client_key: a platform that asks for the kiosk's certificate lets in
// only a kiosk that presents one its CA signed.
TEST_F(HttpClientTest, APlatformThatWantsAClientCertificateGetsTheKiosks) {
    server::RefServerOptions options = platformOptions({"t"}, "data");
    testing::TestPki kioskCa((dir_ / "kiosk-ca").string(), "Kiosk Fleet CA");
    options.clientCaPath = kioskCa.caPath();
    startPlatform(options);
    const std::string url = server_->baseUrl() + "/services.json";

    const testing::CertFiles kiosk = kioskCa.issue("kiosk-1", "kiosk-1.halls.example.cn");
    net::TlsSettings withCert = trusting(pki_->caPath());
    withCert.clientCertPath = kiosk.certPath;
    withCert.clientKeyPath = kiosk.keyPath;
    const auto answered = HttpClient(withCert).perform(get(url));
    ASSERT_TRUE(answered.ok()) << answered.errorText;
    EXPECT_EQ(answered.status, 200);

    EXPECT_FALSE(HttpClient(trusting(pki_->caPath())).perform(get(url)).ok()) << "no certificate: no entry";
    const testing::CertFiles stranger = pki_->issue("stranger", "kiosk-9.example.cn");  // another CA's
    net::TlsSettings wrongCert = trusting(pki_->caPath());
    wrongCert.clientCertPath = stranger.certPath;
    wrongCert.clientKeyPath = stranger.keyPath;
    EXPECT_FALSE(HttpClient(wrongCert).perform(get(url)).ok());
}

TEST_F(HttpClientTest, NothingListeningIsRefused) {
    const std::string url = startServer();
    server_.reset();  // the port is free again
    EXPECT_EQ(HttpClient(trusting(pki_->caPath())).perform(get(url)).error, NetError::Refused);
}

// Issue 25: a host name that does not resolve was reported as "connection refused", and the
// operator checked the platform instead of the kiosk's DNS. (.invalid never resolves: RFC 2606.)
TEST_F(HttpClientTest, AHostNameThatDoesNotResolveIsSaidSo) {
    const net::HttpResponse res = HttpClient(net::TlsSettings{}).perform(get("https://jdydt.no-such-host.invalid/x"));
    EXPECT_EQ(res.error, NetError::NameNotFound) << res.errorText;
    EXPECT_STREQ(net::netErrorName(res.error), "host name not found (DNS)");
}

TEST_F(HttpClientTest, PlainHttpIsRefusedExceptToLoopback) {
    HttpClient client(net::TlsSettings{});
    EXPECT_EQ(client.perform(get("http://jd.example.gov.cn/open311/v2/services.json")).error,
              NetError::PlainHttpRefused);
    EXPECT_EQ(client.perform(get("http://127.0.0.1.evil.cn/x")).error, NetError::PlainHttpRefused);
    // Loopback over plain http is let through: nothing listens there, so the connection is refused.
    const int freePort = SilentListener().port();
    EXPECT_EQ(client.perform(get("http://127.0.0.1:" + std::to_string(freePort) + "/x")).error, NetError::Refused);
}

// Issue 19: "http://127.0.0.1:@other.host/" passed the old prefix test, and curl, reading
// "127.0.0.1:" as user info, sent the token and a resident's phone number to other.host in clear.
// Here the other host is a listener on 127.0.0.2 that records whatever reaches it.
TEST_F(HttpClientTest, AnAddressWithUserInfoNeverReachesTheHostBehindIt) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in other{};
    other.sin_family = AF_INET;
    other.sin_addr.s_addr = htonl(0x7F000002);  // 127.0.0.2
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&other), sizeof other), 0);
    ASSERT_EQ(::listen(fd, 8), 0);
    socklen_t len = sizeof other;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&other), &len);
    const std::string port = std::to_string(ntohs(other.sin_port));

    HttpClient client(net::TlsSettings{});
    for (const std::string& url : {"http://127.0.0.1:@127.0.0.2:" + port + "/open311/v2/requests.json",
                                   "https://127.0.0.1:x@127.0.0.2:" + port + "/open311/v2/requests.json",
                                   "http://localhost@127.0.0.2:" + port + "/"}) {
        HttpRequest r = get(url);
        r.method = "POST";
        r.body = "phone=13912345678";
        const auto res = client.perform(r);
        EXPECT_FALSE(res.ok()) << url;
        EXPECT_NE(res.errorText.find("user name or password"), std::string::npos) << res.errorText;
    }
    // Nothing connected to the other host.
    ::fcntl(fd, F_SETFL, O_NONBLOCK);
    EXPECT_LT(::accept(fd, nullptr, nullptr), 0);
    ::close(fd);
}

TEST_F(HttpClientTest, AnAnswerOverTheCapIsRefused) {
    const std::string url = startServer();
    HttpRequest r = get(url);
    r.limits.maxResponseBytes = 100;
    const auto res = HttpClient(trusting(pki_->caPath())).perform(r);
    EXPECT_EQ(res.error, NetError::TooLarge);
    EXPECT_TRUE(res.body.empty());
}

TEST_F(HttpClientTest, ASilentServerTimesOut) {
    SilentListener silent;
    HttpRequest r = get("https://127.0.0.1:" + std::to_string(silent.port()) + "/x");
    r.limits.totalTimeoutMs = 300;
    const auto start = std::chrono::steady_clock::now();
    const auto res = HttpClient(trusting(pki_->caPath())).perform(r);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(res.error, NetError::Timeout);
    EXPECT_LT(seconds, 2.0);
}

TEST_F(HttpClientTest, AConnectionCutMidBodyIsCut) {
    httplib::Server plain;  // loopback, so plain http is allowed
    plain.Get("/big", [](const httplib::Request&, httplib::Response& res) {
        res.set_content_provider(1000, "application/json",
                                 [](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                     if (offset > 0) return false;  // hang up after the first 10 of 1000 bytes
                                     sink.write("[1,2,3,4,5", 10);
                                     return true;
                                 });
    });
    const int port = plain.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { plain.listen_after_bind(); });
    while (!plain.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const auto res = HttpClient(net::TlsSettings{}).perform(get("http://127.0.0.1:" + std::to_string(port) + "/big"));
    plain.stop();
    serving.join();
    EXPECT_EQ(res.error, NetError::Cut) << res.errorText;
}

TEST_F(HttpClientTest, AFiftyMegabyteAnswerIsCutAtTheCapNotRead) {
    httplib::Server plain;  // loopback, so plain http is allowed
    const std::string chunk(64 * 1024, 'x');
    plain.Get("/huge", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content_provider(
            50u * 1024 * 1024, "application/json",
            [&](std::size_t, std::size_t, httplib::DataSink& sink) { return sink.write(chunk.data(), chunk.size()); });
    });
    const int port = plain.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { plain.listen_after_bind(); });
    while (!plain.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    HttpRequest r = get("http://127.0.0.1:" + std::to_string(port) + "/huge");
    r.limits.maxResponseBytes = 4 * 1024 * 1024;  // a content page's cap
    const auto start = std::chrono::steady_clock::now();
    const auto res = HttpClient(net::TlsSettings{}).perform(r);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    plain.stop();
    serving.join();
    EXPECT_EQ(res.error, NetError::TooLarge);
    EXPECT_TRUE(res.body.empty());
    EXPECT_LT(seconds, 5.0);
}

TEST_F(HttpClientTest, StopEndsATransferAtOnce) {
    SilentListener silent;
    HttpClient client(trusting(pki_->caPath()));
    HttpRequest r = get("https://127.0.0.1:" + std::to_string(silent.port()) + "/x");
    r.limits.totalTimeoutMs = 60000;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        client.stop();
    });
    const auto start = std::chrono::steady_clock::now();
    const auto res = client.perform(r);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    stopper.join();
    EXPECT_EQ(res.error, NetError::Stopped);
    EXPECT_LT(seconds, 1.0);
}

}  // namespace
}  // namespace kiosk
