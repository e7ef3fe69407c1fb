#include "storage/bzip2_file.h"

#include <bzlib.h>

#include <cstdio>
#include <memory>

namespace kiosk::storage {

std::optional<std::string> readBzip2File(const std::string& path, std::size_t maxBytes) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) return std::nullopt;
    int error = BZ_OK;
    BZFILE* bz = BZ2_bzReadOpen(&error, file.get(), 0, 0, nullptr, 0);
    if (error != BZ_OK) {
        BZ2_bzReadClose(&error, bz);
        return std::nullopt;
    }
    std::string out;
    char buffer[1 << 16];
    while (error == BZ_OK) {
        const int n = BZ2_bzRead(&error, bz, buffer, sizeof buffer);
        if ((error == BZ_OK || error == BZ_STREAM_END) && n > 0) out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > maxBytes) error = BZ_MEM_ERROR;
    }
    const bool ok = error == BZ_STREAM_END;
    int closeError = BZ_OK;
    BZ2_bzReadClose(&closeError, bz);
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace kiosk::storage
