#include "storage/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace kiosk::storage {

std::string sha256Hex(std::string_view text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("sha256 failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0xF];
    }
    return out;
}

std::string quotedEtag(std::string_view text) {
    return "\"" + sha256Hex(text).substr(0, 32) + "\"";
}

}  // namespace kiosk::storage
