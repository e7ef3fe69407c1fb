#include "storage/random_secret.h"

#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

namespace kiosk::storage {
namespace {

std::vector<unsigned char> randomBytes(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    if (count > 0 && RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("no random bytes");
    return bytes;
}

}  // namespace

std::string randomHex(std::size_t bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : randomBytes(bytes)) {
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    return out;
}

std::string randomDigits(std::size_t count) {
    std::string out;
    while (out.size() < count) {
        for (unsigned char b : randomBytes(count)) {
            // 250 = 25 × 10: bytes above it are dropped, so each digit is equally likely.
            if (b < 250 && out.size() < count) out += static_cast<char>('0' + b % 10);
        }
    }
    return out;
}

}  // namespace kiosk::storage
