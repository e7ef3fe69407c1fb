#include "core/web_address.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace kiosk::core {
namespace {

struct UrlDeleter {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

// A part of the parsed address; nothing when curl has none.
std::optional<std::string> part(CURLU* url, CURLUPart which, unsigned int flags = 0) {
    char* text = nullptr;
    if (curl_url_get(url, which, &text, flags) != CURLUE_OK || !text) return std::nullopt;
    std::string out(text);
    curl_free(text);
    return out;
}

bool isPlainAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        return c > ' ' && c <= '~' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '`';
    });
}

// A name of letters, digits, '-' and '.', or an IPv6 literal in brackets. curl takes "%ce" in a
// host and writes it back as a raw byte: such a host is no host an operator could have meant.
bool isPlainHost(std::string_view host) {
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        return std::all_of(host.begin() + 1, host.end() - 1,
                           [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'; });
    }
    return std::all_of(host.begin(), host.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'; });
}

std::optional<WebAddress> fail(std::string* problem, const char* why) {
    if (problem) *problem = why;
    return std::nullopt;
}

}  // namespace

std::string WebAddress::origin() const {
    const int defaultPort = scheme == "https" ? 443 : 80;
    return scheme + "://" + host + (port == defaultPort ? "" : ":" + std::to_string(port));
}

bool WebAddress::sameOrigin(const WebAddress& other) const {
    return scheme == other.scheme && host == other.host && port == other.port;
}

bool isLoopbackHost(std::string_view host) {
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

std::optional<WebAddress> readWebAddress(std::string_view text, PlainHttp plainHttp, std::string* problem,
                                         Fragment fragment) {
    if (text.empty()) return fail(problem, "is empty");
    if (text.size() > kMaxWebAddressBytes) return fail(problem, "is longer than 2000 bytes");
    if (!isPlainAscii(text)) return fail(problem, "may hold only printable ASCII without spaces, quotes or \\");
    // Looked for in the text: curl leaves an empty fragment ("…/#") out of its parts.
    if (fragment == Fragment::Refused && text.find('#') != std::string_view::npos) {
        return fail(problem, "must not hold a #fragment");
    }
    std::unique_ptr<CURLU, UrlDeleter> url(curl_url());
    if (!url) return fail(problem, "cannot be read (out of memory)");
    const std::string copy(text);
    if (curl_url_set(url.get(), CURLUPART_URL, copy.c_str(), 0) != CURLUE_OK) {
        return fail(problem, "is not a web address (scheme://host/path)");
    }
    WebAddress a;
    a.scheme = part(url.get(), CURLUPART_SCHEME).value_or("");
    if (a.scheme != "https" && a.scheme != "http") return fail(problem, "must be https://");
    if (part(url.get(), CURLUPART_USER) || part(url.get(), CURLUPART_PASSWORD) || part(url.get(), CURLUPART_OPTIONS)) {
        return fail(problem, "must not hold a user name or password (user info before '@')");
    }
    a.host = part(url.get(), CURLUPART_HOST).value_or("");
    if (a.host.empty()) return fail(problem, "needs a host");
    if (!isPlainHost(a.host)) return fail(problem, "needs a host of letters, digits, '-' and '.'");
    std::transform(a.host.begin(), a.host.end(), a.host.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (a.scheme == "http" && !(plainHttp == PlainHttp::LoopbackOnly && isLoopbackHost(a.host))) {
        return fail(problem, plainHttp == PlainHttp::LoopbackOnly
                                 ? "must be https:// (plain http only to 127.0.0.1, ::1 or localhost)"
                                 : "must be https://");
    }
    const std::string port = part(url.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT).value_or("0");
    a.port = std::atoi(port.c_str());
    if (a.port <= 0 || a.port > 65535) return fail(problem, "has no usable port");
    a.path = part(url.get(), CURLUPART_PATH).value_or("/");
    a.query = part(url.get(), CURLUPART_QUERY).value_or("");
    a.url = part(url.get(), CURLUPART_URL).value_or("");
    if (a.url.empty()) return fail(problem, "is not a web address (scheme://host/path)");
    // What curl writes back must read as the same host: "https:/%37" gave host "7", written back
    // as "https://7/", which curl then reads as 0.0.0.7 (found by fuzzing). An address that is not
    // its own normal form is not one an operator could have meant.
    std::unique_ptr<CURLU, UrlDeleter> again(curl_url());
    if (!again || curl_url_set(again.get(), CURLUPART_URL, a.url.c_str(), 0) != CURLUE_OK) {
        return fail(problem, "is not a web address (scheme://host/path)");
    }
    std::string hostAgain = part(again.get(), CURLUPART_HOST).value_or("");
    std::transform(hostAgain.begin(), hostAgain.end(), hostAgain.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (hostAgain != a.host) return fail(problem, "needs a host written out in full");
    return a;
}

}  // namespace kiosk::core
