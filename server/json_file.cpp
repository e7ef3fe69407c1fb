#include "json_file.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/json_input.h"

namespace kiosk::server {

nlohmann::json readJsonFile(const std::filesystem::path& path, const std::string& who) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(who + ": cannot read " + path.string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    core::JsonInput doc = core::readJson(text);
    if (!doc.ok()) throw std::runtime_error(who + ": " + path.string() + ": " + doc.problem);
    return std::move(doc.value);
}

}  // namespace kiosk::server
