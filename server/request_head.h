#pragma once
// What a request's head alone decides, before a byte of its body is read (docs/api.md "Limits").
// cpp-httplib runs the pre-routing handler before it reads a body — and reads a Content-Length
// over its cap in full just to throw it away, a chunked body without any cap, and a body with no
// length until the client closes — so these checks run from the head: in the Expect: 100-continue
// handler (the client has sent nothing yet) and in the pre-routing handler.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace kiosk::server {

struct HeadRefusal {
    int status = 400;
    std::string description;
};

struct BodyRules {
    // The largest body the request's route takes.
    std::function<std::size_t(const httplib::Request&)> capOf;
    // Whether the head carries what its route asks before a body is worth reading (a token), or
    // the refusal (403, 404, 415) to answer instead.
    std::function<std::optional<HeadRefusal>(const httplib::Request&)> admitBody;
};

// A body needs one plain Content-Length within its route's cap (chunked or no length: 411; over
// the cap: 413), no Content-Encoding (a compressed body's size says nothing of what it inflates
// to: 415), and — for a GET, HEAD or OPTIONS — must be absent. nullopt: the body may be read.
std::optional<HeadRefusal> refuseFromHead(const httplib::Request& req, const BodyRules& rules);

// The body's length as its one Content-Length says (digits only); nullopt without one or with a bad one.
std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req);

}  // namespace kiosk::server
