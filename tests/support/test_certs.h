#pragma once
// Certificates made at test time (OpenSSL, EC P-256): a private CA and server certificates it
// signs, written as PEM files into a folder. Network tests use them for real TLS on 127.0.0.1 —
// including the bad cases: another CA, a wrong host name, an expired certificate.
#include <string>

namespace kiosk::testing {

struct CertFiles {
    std::string certPath;  // PEM certificate
    std::string keyPath;   // PEM private key
};

class TestPki {
public:
    // Makes the CA in `dir` (created if missing).
    explicit TestPki(const std::string& dir, const std::string& caName = "Kiosk Test CA");
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    const std::string& caPath() const { return caPath_; }
    // A server certificate for `host` (DNS name, or an IP address like 127.0.0.1), signed by
    // this CA, valid from `notBeforeDays` to `notAfterDays` relative to now (negative: the past).
    CertFiles issue(const std::string& name, const std::string& host, int notBeforeDays = -1,
                    int notAfterDays = 30) const;

private:
    std::string dir_;
    std::string caPath_;
    void* caKey_ = nullptr;   // EVP_PKEY*
    void* caCert_ = nullptr;  // X509*
};

}  // namespace kiosk::testing
