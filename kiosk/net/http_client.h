#pragma once
// HTTPS for the sync worker (libcurl). One transfer at a time, run through curl's multi
// interface so a stop request ends a transfer within ~50 ms instead of waiting out a timeout
// (the kiosk exits or restarts promptly even on a dead network). Never called on the UI thread.
//
// Policy, for every request: the address read by core/web_address (no user info; HTTPS with the
// configured CA bundle, plain http only to loopback for development), an optional public-key pin, an optional client
// certificate; connect, total and low-speed timeouts; gzip; no redirects; a cap on the response size.
#include <atomic>
#include <cstdint>
#include <map>
#include <string>

namespace kiosk::net {

struct TlsSettings {
    std::string caPath;           // PEM bundle; empty: the system's
    std::string pinnedPublicKey;  // "sha256//BASE64" (CURLOPT_PINNEDPUBLICKEY); empty: none
    std::string clientCertPath;   // PEM; empty: none
    std::string clientKeyPath;
};

struct HttpLimits {
    long connectTimeoutMs = 5000;
    long totalTimeoutMs = 30000;
    long lowSpeedBytesPerSecond = 100;  // slower than this ...
    long lowSpeedSeconds = 10;          // ... for this long: give up
    std::size_t maxResponseBytes = 64 * 1024;
};

struct HttpRequest {
    std::string method = "GET";  // GET | POST
    std::string url;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string contentType;  // for POST
    HttpLimits limits;
};

// Why a transfer did not give an answer. An HTTP status (even 500) is an answer, not an error.
enum class NetError {
    None,
    PlainHttpRefused,  // http:// to something other than loopback
    BadAddress,        // not an address by core/web_address's rules (user info, no host, ...)
    Refused,           // nothing listens / host unreachable
    NameNotFound,      // the host name does not resolve (DNS)
    Timeout,           // connect, total or low-speed
    TlsUntrusted,      // unknown CA, wrong host name, expired certificate
    PinMismatch,       // the server's key is not the pinned one
    TooLarge,          // the answer is over maxResponseBytes
    Cut,               // the connection ended mid-answer
    Stopped,           // stop() was called
    Other,
};
const char* netErrorName(NetError error);

struct HttpResponse {
    NetError error = NetError::None;
    std::string errorText;  // curl's words, for the log (never holds a request body)
    long status = 0;
    std::map<std::string, std::string> headers;  // names lower-case
    std::string body;
    bool ok() const { return error == NetError::None; }
    std::string header(const std::string& lowerName) const;
};

class HttpClient {
public:
    explicit HttpClient(TlsSettings tls);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse perform(const HttpRequest& request);
    // From any thread: the running transfer (and every later one) ends with NetError::Stopped.
    void stop() { stopping_ = true; }

private:
    TlsSettings tls_;
    std::atomic<bool> stopping_{false};
    // Kept between transfers: curl keeps the TLS connection open for the next request to the
    // same platform (a sync round of many requests pays for one handshake).
    void* easy_ = nullptr;   // CURL*
    void* multi_ = nullptr;  // CURLM*
};

}  // namespace kiosk::net
