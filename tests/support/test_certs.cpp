#include "support/test_certs.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace kiosk::testing {
namespace {

EVP_PKEY* newKey() {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key) throw std::runtime_error("test PKI: cannot make a key");
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const std::string& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext) throw std::runtime_error("test PKI: bad extension " + value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

X509* newCert(EVP_PKEY* key, const std::string& commonName, long serial, int notBeforeDays, int notAfterDays) {
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), static_cast<long>(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(notAfterDays) * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()),
                               -1, -1, 0);
    return cert;
}

void writePem(const std::string& path, X509* cert, EVP_PKEY* key) {
    FILE* f = std::fopen(path.c_str(), "w");
    if (!f) throw std::runtime_error("test PKI: cannot write " + path);
    const bool ok =
        cert ? PEM_write_X509(f, cert) == 1 : PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    std::fclose(f);
    if (!ok) throw std::runtime_error("test PKI: cannot write " + path);
}

}  // namespace

TestPki::TestPki(const std::string& dir, const std::string& caName) : dir_(dir) {
    std::filesystem::create_directories(dir);
    EVP_PKEY* key = newKey();
    X509* cert = newCert(key, caName, 1, -1, 365);
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert, cert, NID_subject_key_identifier, "hash");
    X509_sign(cert, key, EVP_sha256());
    caPath_ = dir + "/ca.crt";
    writePem(caPath_, cert, nullptr);
    caKey_ = key;
    caCert_ = cert;
}

TestPki::~TestPki() {
    X509_free(static_cast<X509*>(caCert_));
    EVP_PKEY_free(static_cast<EVP_PKEY*>(caKey_));
}

CertFiles TestPki::issue(const std::string& name, const std::string& host, int notBeforeDays, int notAfterDays) const {
    static long serial = 100;
    auto* caCert = static_cast<X509*>(caCert_);
    EVP_PKEY* key = newKey();
    X509* cert = newCert(key, host, ++serial, notBeforeDays, notAfterDays);
    X509_set_issuer_name(cert, X509_get_subject_name(caCert));
    const bool isIp = host.find_first_not_of("0123456789.") == std::string::npos;
    addExtension(cert, caCert, NID_subject_alt_name, (isIp ? "IP:" : "DNS:") + host);
    addExtension(cert, caCert, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, caCert, NID_ext_key_usage, "serverAuth,clientAuth");
    X509_sign(cert, static_cast<EVP_PKEY*>(caKey_), EVP_sha256());
    CertFiles files{dir_ + "/" + name + ".crt", dir_ + "/" + name + ".key"};
    writePem(files.certPath, cert, nullptr);
    writePem(files.keyPath, nullptr, key);
    X509_free(cert);
    EVP_PKEY_free(key);
    return files;
}

}  // namespace kiosk::testing
