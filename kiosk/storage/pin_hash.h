#pragma once
// The staff PIN as it is kept: salted PBKDF2-HMAC-SHA256 (OpenSSL), in the record format of
// core/staff_entry.h. The PIN itself is never stored or logged.
#include <string>
#include <string_view>

namespace kiosk::storage {

constexpr int kPinIterations = 200000;

// A fresh record for `pin` with a random 16-byte salt.
std::string hashPin(std::string_view pin, int iterations = kPinIterations);
// Whether `pin` matches `record` (compared in constant time); false for a malformed record.
bool verifyPin(std::string_view pin, std::string_view record);

}  // namespace kiosk::storage
