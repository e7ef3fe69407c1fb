#pragma once
// SHA-256 as lower-case hex (OpenSSL): the outbox's tracking check, the reference server's
// fingerprints, photo names and ETags.
#include <string>
#include <string_view>

namespace kiosk::storage {

std::string sha256Hex(std::string_view text);

// An HTTP ETag naming `text`: the first 128 bits of its SHA-256 in hex, quoted. A content feed's
// ETag is quotedEtag() of its pages' ETags one after another (docs/api.md), so a kiosk can check
// that the pages it holds all belong to the version the manifest names.
std::string quotedEtag(std::string_view text);

}  // namespace kiosk::storage
