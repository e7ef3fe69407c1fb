#pragma once
// A JSON file refserver reads at start (content, the register of residents), through the one
// JSON reader (core/json_input): depth-limited, so a record nested past the limit cannot overflow
// the stack when re-serialised. Throws, naming `who` and the file, when it cannot be read.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::server {

nlohmann::json readJsonFile(const std::filesystem::path& path, const std::string& who);

}  // namespace kiosk::server
