#pragma once
// kiosk-bench's "sync" group: the reference server on loopback over TLS (certificates made here),
// the kiosk's HTTPS client against it.
//   case_upload_p95_ms        one case POST with its idempotency key, kept connection, p95 of 100
//   fleet_500_kiosks_poll_rps manifest polls of 500 simulated kiosks (20 each, 8 client threads)
//   fleet_poll_304_pct        share of those answered 304 (target >= 95)
#include <functional>
#include <string>

namespace kiosk::bench {

void benchSync(const std::string& dataDir, const std::function<void(const char*, double, const char*)>& figure);

}  // namespace kiosk::bench
