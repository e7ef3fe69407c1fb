#include "storage/whole_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kiosk::storage {

bool replaceWholeFile(const std::string& path, const std::string& text, std::string& error, mode_t mode) {
    const std::string temporary = path + ".tmp";
    ::unlink(temporary.c_str());  // a leftover keeps its own mode: made anew, the file takes `mode`
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        error = "cannot write " + temporary + ": " + std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    // On the disk before the rename: after a power cut the name holds the old text or the new.
    const bool complete = written == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!complete) {
        error = "cannot write " + temporary;
        ::unlink(temporary.c_str());
        return false;
    }
    std::error_code renamed;
    std::filesystem::rename(temporary, path, renamed);
    if (renamed) {
        error = "cannot replace " + path + ": " + renamed.message();
        return false;
    }
    return true;
}

}  // namespace kiosk::storage
