// Fuzz target: the one reader of addresses (core/web_address, libcurl's URL API). Whatever text
// arrives — a config value, a media_url from the platform, a link in a QR code — what it accepts
// must be what curl itself reads back: an http(s) address with a host and no user info, plain
// http only to loopback, and the same origin when its own normalised form is read again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/web_address.h"
#include "fuzz_check.h"

using kiosk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::core;
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (PlainHttp plain : {PlainHttp::Refused, PlainHttp::LoopbackOnly}) {
        std::string problem;
        const auto a = readWebAddress(text, plain, &problem);
        if (!a) {
            check(!problem.empty());
            continue;
        }
        check(a->scheme == "https" ||
              (a->scheme == "http" && plain == PlainHttp::LoopbackOnly && isLoopbackHost(a->host)));
        check(!a->host.empty() && a->host.find_first_of("@/?#\\ ") == std::string::npos);
        check(a->port > 0 && a->port <= 65535);
        check(text.find('#') == std::string::npos);  // no fragment, not even an empty one
        const auto again = readWebAddress(a->url, plain);
        check(again && again->sameOrigin(*a) && again->path == a->path && again->query == a->query);
    }
    return 0;
}
