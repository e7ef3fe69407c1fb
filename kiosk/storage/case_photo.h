#pragma once
// The photos residents take for a case, as files next to the outbox (data/photos/). A photo is
// a JPEG of at most kMaxPhotoSide pixels on its long side with nothing in it but the picture:
// stb's writer puts a bare JFIF header, no EXIF — no camera make, no time, no place.
//
// A file lives as long as a case needs it: the outbox erases a case's photos once the platform
// has them; a photo taken in a visit that ended without a case is removed when the visit ends,
// and a sweep at start removes whatever a power cut left behind (photos no case refers to).
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace kiosk::storage {

inline constexpr int kMaxPhotoSide = 1600;

struct EncodedPhoto {
    std::vector<std::uint8_t> jpeg;
    int width = 0;
    int height = 0;
};

// RGBA pixels (row by row, no padding) to a JPEG, scaled down to fit kMaxPhotoSide if larger.
// Empty jpeg for a picture with no pixels.
EncodedPhoto encodeCasePhoto(const std::uint8_t* rgba, int width, int height, int quality = 85);

class PhotoFolder {
public:
    explicit PhotoFolder(std::string directory);
    const std::string& directory() const { return directory_; }

    // Writes the JPEG under a fresh random name, durably (written beside, synced, renamed), and
    // returns its path. Throws StorageError when it cannot (disk full, folder not writable).
    std::string save(const std::vector<std::uint8_t>& jpeg);
    // Removes a photo of this folder; a path outside it is left alone (and false).
    bool remove(const std::string& path);
    // Removes every photo not in `keep`; returns how many went.
    int removeAllBut(const std::set<std::string>& keep);

private:
    std::string directory_;
};

}  // namespace kiosk::storage
