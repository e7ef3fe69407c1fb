#pragma once
// SHA-256 as lower-case hex (OpenSSL): the outbox's tracking check, the reference server's
// fingerprints, photo names and ETags.
#include <string>
#include <string_view>

namespace kiosk::storage {

std::string sha256Hex(std::string_view text);

}  // namespace kiosk::storage
