#pragma once
// The one way an address (URL) from config or the network is read: with libcurl's own URL parser
// (curl_url, the URL API — parsing only, no transfer), so what is checked is exactly what curl
// would connect to. A prefix test is not enough: "http://127.0.0.1:@other.host/" starts like a
// loopback address, but curl reads "127.0.0.1:" as user info and connects to other.host.
// Rules for every address: http or https only; https unless plain http is allowed to loopback
// (127.0.0.1, ::1, localhost) for development; a host; no user info (user, password or login
// options) anywhere; printable ASCII without spaces or quotes, at most 2000 bytes; no fragment in
// an address the kiosk connects to (a link for phones may have one: "https://host/h5/#/t/{code}").
// Hosts are compared exactly (case-folded): a lookalike host is someone else's.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

constexpr std::size_t kMaxWebAddressBytes = 2000;

enum class PlainHttp { Refused, LoopbackOnly };
enum class Fragment { Refused, Allowed };

struct WebAddress {
    std::string scheme;  // "https" or "http"
    std::string host;    // lower-case name or IP as curl reads it ("127.0.0.1", "[::1]")
    int port = 0;        // explicit, or the scheme's default
    std::string path;    // "/open311/v2" ("/" when none)
    std::string query;   // without '?'; "" when none
    std::string url;     // the whole address as curl writes it back

    // scheme://host[:port] as written in links ("https://jd.example.gov.cn").
    std::string origin() const;
    bool sameOrigin(const WebAddress& other) const;
};

// `text` as curl reads it, when it keeps the rules above; otherwise nothing, and `problem` (when
// given) says why in words for an operator — never quoting the address.
std::optional<WebAddress> readWebAddress(std::string_view text, PlainHttp plainHttp, std::string* problem = nullptr,
                                         Fragment fragment = Fragment::Refused);

bool isLoopbackHost(std::string_view host);

}  // namespace kiosk::core
