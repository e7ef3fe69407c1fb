#pragma once
// UI text by key ("home.greeting"), loaded from assets/i18n/<lang>.toml. Screens never hold
// literal UI text: Simplified Chinese is the default, English exists for inspection and tests.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

class StringTable {
public:
    // Throws std::runtime_error naming the file and line when the table cannot be read.
    static StringTable loadFile(const std::string& path);
    static StringTable fromToml(std::string_view tomlText, const std::string& sourceName);

    // The text for `key`; a missing key returns the key itself so the gap is visible, never blank.
    const std::string& get(std::string_view key) const;
    bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }
    std::vector<std::string> keys() const;
    const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

    // Replaces {0}, {1}, ... in the text for `key`.
    std::string format(std::string_view key, const std::vector<std::string>& args) const;

private:
    std::map<std::string, std::string, std::less<>> entries_;
    mutable std::map<std::string, std::string, std::less<>> missing_;
};

}  // namespace kiosk::core
