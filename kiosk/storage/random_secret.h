#pragma once
// Secrets and names no one can guess, from OpenSSL's RAND_bytes (the kernel's generator): device
// tokens and enrolment codes on the platform, the kiosk's enrolment claim, photo file names.
#include <cstddef>
#include <string>

namespace kiosk::storage {

// `bytes` random bytes as lower-case hex (2 × bytes characters). Throws when the system has no
// random bytes to give.
std::string randomHex(std::size_t bytes);
// `count` random decimal digits, each equally likely (a code a person reads and types).
std::string randomDigits(std::size_t count);

}  // namespace kiosk::storage
