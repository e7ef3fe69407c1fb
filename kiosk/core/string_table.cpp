#include "core/string_table.h"

#include <toml++/toml.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

void flatten(const toml::table& table, const std::string& prefix, std::map<std::string, std::string, std::less<>>& out,
             const std::string& sourceName) {
    for (const auto& [key, node] : table) {
        const std::string full = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        if (const auto* sub = node.as_table()) {
            flatten(*sub, full, out, sourceName);
        } else if (const auto* text = node.as_string()) {
            if (!isValidUtf8(text->get())) {
                throw std::runtime_error(sourceName + ": key '" + full + "' is not valid UTF-8");
            }
            out[full] = text->get();
        } else {
            throw std::runtime_error(sourceName + " line " + std::to_string(node.source().begin.line) + ": key '" +
                                     full + "' must be a string");
        }
    }
}

}  // namespace

StringTable StringTable::fromToml(std::string_view tomlText, const std::string& sourceName) {
    StringTable table;
    try {
        const toml::table root = toml::parse(tomlText, sourceName);
        flatten(root, "", table.entries_, sourceName);
    } catch (const toml::parse_error& e) {
        throw std::runtime_error(sourceName + " line " + std::to_string(e.source().begin.line) + ": " +
                                 std::string(e.description()));
    }
    return table;
}

StringTable StringTable::loadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open string table " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return fromToml(text.str(), path);
}

const std::string& StringTable::get(std::string_view key) const {
    if (const auto it = entries_.find(key); it != entries_.end()) return it->second;
    auto [it, inserted] = missing_.try_emplace(std::string(key), std::string(key));
    return it->second;
}

std::vector<std::string> StringTable::keys() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& [key, value] : entries_) out.push_back(key);
    return out;
}

std::string StringTable::format(std::string_view key, const std::vector<std::string>& args) const {
    std::string text = get(key);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string marker = "{" + std::to_string(i) + "}";
        for (auto pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + args[i].size())) {
            text.replace(pos, marker.size(), args[i]);
        }
    }
    return text;
}

}  // namespace kiosk::core
