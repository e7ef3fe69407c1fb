#include "storage/whole_file.h"

#include <filesystem>
#include <fstream>

namespace kiosk::storage {

bool replaceWholeFile(const std::string& path, const std::string& text, std::string& error) {
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc | std::ios::binary);
        out << text;
        if (!out.flush()) {
            error = "cannot write " + temporary;
            return false;
        }
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
