#include "storage/pin_hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

#include "core/staff_entry.h"

namespace kiosk::storage {
namespace {

std::vector<unsigned char> derive(std::string_view pin, const std::vector<unsigned char>& salt, int iterations) {
    std::vector<unsigned char> out(32);
    if (PKCS5_PBKDF2_HMAC(pin.data(), static_cast<int>(pin.size()), salt.data(), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(out.size()), out.data()) != 1)
        throw std::runtime_error("PBKDF2 failed");
    return out;
}

std::string hex(const std::vector<unsigned char>& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

}  // namespace

std::string hashPin(std::string_view pin, int iterations) {
    std::vector<unsigned char> salt(16);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) throw std::runtime_error("no random bytes");
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + hex(salt) + "$" + hex(derive(pin, salt, iterations));
}

bool verifyPin(std::string_view pin, std::string_view record) {
    const auto r = core::parsePinRecord(record);
    if (!r) return false;
    const std::vector<unsigned char> derived = derive(pin, r->salt, r->iterations);
    return CRYPTO_memcmp(derived.data(), r->hash.data(), derived.size()) == 0;
}

}  // namespace kiosk::storage
