#include "storage/case_photo.h"

#include <fcntl.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "storage/random_secret.h"
#include "storage/sqlite_db.h"

namespace kiosk::storage {
namespace {

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

std::string randomName() {
    return randomHex(16) + ".jpg";
}

// Writes all of `bytes` and syncs them: the rename that follows must never publish half a file.
bool writeSynced(const std::string& path, const std::vector<std::uint8_t>& bytes, std::string& why) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        why = std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            why = std::strerror(errno);
            ::close(fd);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced) why = std::strerror(errno);
    ::close(fd);
    return synced;
}

bool isPhotoName(const std::filesystem::path& p) {
    return p.extension() == ".jpg" || p.extension() == ".tmp";
}

}  // namespace

EncodedPhoto encodeCasePhoto(const std::uint8_t* rgba, int width, int height, int quality) {
    EncodedPhoto photo;
    if (!rgba || width <= 0 || height <= 0) return photo;
    // RGB only: a photo has no transparency, and JPEG none to keep.
    const int longSide = std::max(width, height);
    const double scale = longSide > kMaxPhotoSide ? static_cast<double>(kMaxPhotoSide) / longSide : 1.0;
    photo.width = std::max(1, static_cast<int>(std::lround(width * scale)));
    photo.height = std::max(1, static_cast<int>(std::lround(height * scale)));
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(photo.width) * photo.height * 3);
    if (scale == 1.0) {
        const std::size_t pixels = static_cast<std::size_t>(width) * height;
        for (std::size_t i = 0; i < pixels; ++i) std::memcpy(&rgb[i * 3], &rgba[i * 4], 3);
    } else {
        std::vector<std::uint8_t> scaled(static_cast<std::size_t>(photo.width) * photo.height * 4);
        stbir_resize_uint8(rgba, width, height, 0, scaled.data(), photo.width, photo.height, 0, 4);
        const std::size_t pixels = static_cast<std::size_t>(photo.width) * photo.height;
        for (std::size_t i = 0; i < pixels; ++i) std::memcpy(&rgb[i * 3], &scaled[i * 4], 3);
    }
    photo.jpeg.reserve(rgb.size() / 8);
    if (!stbi_write_jpg_to_func(appendBytes, &photo.jpeg, photo.width, photo.height, 3, rgb.data(), quality)) {
        photo = {};
    }
    return photo;
}

PhotoFolder::PhotoFolder(std::string directory) : directory_(std::move(directory)) {}

std::string PhotoFolder::save(const std::vector<std::uint8_t>& jpeg) {
    std::error_code error;
    std::filesystem::create_directories(directory_, error);
    if (error) throw StorageError("cannot make the photo folder: " + error.message());
    const std::filesystem::path path = std::filesystem::path(directory_) / randomName();
    const std::string temporary = path.string() + ".tmp";
    std::string why;
    if (!writeSynced(temporary, jpeg, why)) {
        std::filesystem::remove(temporary, error);
        throw StorageError("cannot write a photo: " + why);
    }
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw StorageError("cannot keep a photo: " + error.message());
    }
    // The folder's entry too: the case that names this file is committed after this returns.
    if (const int dir = ::open(directory_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return path.string();
}

bool PhotoFolder::remove(const std::string& path) {
    const std::filesystem::path p(path);
    std::error_code error;
    if (std::filesystem::weakly_canonical(p.parent_path(), error) !=
        std::filesystem::weakly_canonical(directory_, error)) {
        return false;
    }
    return std::filesystem::remove(p, error);
}

int PhotoFolder::removeAllBut(const std::set<std::string>& keep) {
    std::error_code error;
    std::set<std::filesystem::path> kept;
    for (const std::string& k : keep) kept.insert(std::filesystem::weakly_canonical(k, error));
    int removed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory_, error)) {
        if (!entry.is_regular_file(error) || !isPhotoName(entry.path())) continue;
        if (kept.count(std::filesystem::weakly_canonical(entry.path(), error))) continue;
        if (std::filesystem::remove(entry.path(), error)) ++removed;
    }
    return removed;
}

}  // namespace kiosk::storage
