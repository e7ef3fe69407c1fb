#include "net/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>

#include "core/web_address.h"

namespace kiosk::net {
namespace {

void globalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
    HttpResponse* response;
    std::size_t cap;
    bool tooLarge = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (t->response->body.size() + n > t->cap) {
        t->tooLarge = true;
        return 0;  // curl ends the transfer with CURLE_WRITE_ERROR
    }
    t->response->body.append(data, n);
    return n;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    std::string line(data, n);
    const auto colon = line.find(':');
    if (line.rfind("HTTP/", 0) == 0) t->response->headers.clear();  // a new response (after 100 Continue)
    if (colon == std::string::npos) return n;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string value = line.substr(colon + 1);
    const auto first = value.find_first_not_of(" \t");
    const auto last = value.find_last_not_of(" \t\r\n");
    t->response->headers[name] = first == std::string::npos ? "" : value.substr(first, last - first + 1);
    return n;
}

NetError classify(CURLcode code) {
    switch (code) {
        case CURLE_OK: return NetError::None;
        case CURLE_COULDNT_CONNECT: return NetError::Refused;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY: return NetError::NameNotFound;
        case CURLE_OPERATION_TIMEDOUT: return NetError::Timeout;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CONNECT_ERROR: return NetError::TlsUntrusted;
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH: return NetError::PinMismatch;
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_SEND_ERROR: return NetError::Cut;
        default: return NetError::Other;
    }
}

}  // namespace

const char* netErrorName(NetError error) {
    switch (error) {
        case NetError::None: return "none";
        case NetError::PlainHttpRefused: return "plain http refused";
        case NetError::BadAddress: return "address refused";
        case NetError::Refused: return "connection refused";
        case NetError::NameNotFound: return "host name not found (DNS)";
        case NetError::Timeout: return "timeout";
        case NetError::TlsUntrusted: return "certificate not trusted";
        case NetError::PinMismatch: return "public key pin mismatch";
        case NetError::TooLarge: return "answer too large";
        case NetError::Cut: return "connection cut";
        case NetError::Stopped: return "stopped";
        case NetError::Other:
        default: return "network error";
    }
}

std::string HttpResponse::header(const std::string& lowerName) const {
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string{} : it->second;
}

HttpClient::HttpClient(TlsSettings tls) : tls_(std::move(tls)) {
    globalInit();
    easy_ = curl_easy_init();
    multi_ = curl_multi_init();
}

HttpClient::~HttpClient() {
    curl_multi_cleanup(static_cast<CURLM*>(multi_));
    curl_easy_cleanup(static_cast<CURL*>(easy_));
}

HttpResponse HttpClient::perform(const HttpRequest& request) {
    HttpResponse response;
    // Read the way curl reads it (core/web_address): what passes is exactly where curl connects.
    std::string problem;
    const std::optional<core::WebAddress> address =
        core::readWebAddress(request.url, core::PlainHttp::LoopbackOnly, &problem);
    if (!address) {
        response.error = request.url.rfind("http://", 0) == 0 ? NetError::PlainHttpRefused : NetError::BadAddress;
        response.errorText = "the address " + problem;
        return response;
    }
    const bool https = address->scheme == "https";
    if (!easy_ || !multi_) {
        response.error = NetError::Other;
        response.errorText = "curl could not start";
        return response;
    }
    CURL* e = static_cast<CURL*>(easy_);
    CURLM* multi = static_cast<CURLM*>(multi_);
    curl_easy_reset(e);  // every option set afresh below; the open connection stays
    Transfer transfer{&response, request.limits.maxResponseBytes};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(e, CURLOPT_URL, address->url.c_str());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, https ? "https" : "http");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, request.limits.connectTimeoutMs);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, request.limits.totalTimeoutMs);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, request.limits.lowSpeedBytesPerSecond);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, request.limits.lowSpeedSeconds);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // gzip and friends, decoded by curl
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.limits.maxResponseBytes));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!tls_.caPath.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, tls_.caPath.c_str());
    if (!tls_.pinnedPublicKey.empty()) curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, tls_.pinnedPublicKey.c_str());
    if (!tls_.clientCertPath.empty()) {
        curl_easy_setopt(e, CURLOPT_SSLCERT, tls_.clientCertPath.c_str());
        curl_easy_setopt(e, CURLOPT_SSLKEY, tls_.clientKeyPath.c_str());
    }
    curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).c_str());
    if (request.method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        if (!request.contentType.empty()) {
            headers = curl_slist_append(headers, ("Content-Type: " + request.contentType).c_str());
        }
        headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);

    curl_multi_add_handle(multi, e);
    int running = 1;
    CURLcode result = CURLE_OK;
    while (running) {
        if (stopping_) {
            response.error = NetError::Stopped;
            response.errorText = "stopped";
            break;
        }
        curl_multi_perform(multi, &running);
        if (running) curl_multi_poll(multi, nullptr, 0, 50, nullptr);  // wakes at least every 50 ms
    }
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
        if (msg->msg == CURLMSG_DONE) result = msg->data.result;
    }
    curl_multi_remove_handle(multi, e);
    curl_slist_free_all(headers);
    if (response.error == NetError::Stopped) return response;
    if (transfer.tooLarge || result == CURLE_FILESIZE_EXCEEDED) {
        response.error = NetError::TooLarge;
    } else {
        response.error = classify(result);
    }
    if (!response.ok()) {
        response.errorText = errorBuffer[0] ? errorBuffer : curl_easy_strerror(result);
        response.body.clear();
        return response;
    }
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

}  // namespace kiosk::net
