#pragma once
// Quick phrases: whole phrases a resident can insert with one tap above a keyboard, the fastest
// path for someone who cannot type. Content-provided per context ("practice", later each case
// category), from JSON: {"practice": ["小区垃圾没人清运", ...], ...}.
#include <map>
#include <string>
#include <vector>

namespace kiosk::core {

struct QuickPhrasesLoad {
    std::map<std::string, std::vector<std::string>> byContext;
    std::vector<std::string> problems;  // for the log: what was skipped and why
};

constexpr std::size_t kMaxQuickPhraseChars = 30;
constexpr std::size_t kMaxQuickPhrasesPerContext = 12;

// Skips what is not a list of short, printable strings; never throws.
QuickPhrasesLoad parseQuickPhrases(const std::string& json);
QuickPhrasesLoad loadQuickPhrasesFile(const std::string& path);

}  // namespace kiosk::core
