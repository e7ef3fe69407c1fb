#include "core/quick_phrases.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace kiosk::core {

QuickPhrasesLoad parseQuickPhrases(const std::string& json) {
    QuickPhrasesLoad out;
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        out.problems.push_back("quick phrases: not a JSON object");
        return out;
    }
    for (const auto& [context, list] : doc.items()) {
        if (!list.is_array()) {
            out.problems.push_back("quick phrases '" + context + "': not a list");
            continue;
        }
        auto& phrases = out.byContext[context];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& item = list[i];
            const std::string text = item.is_string() ? item.get<std::string>() : std::string{};
            if (!isPrintableLine(text, kMaxQuickPhraseChars)) {
                out.problems.push_back("quick phrases '" + context + "' #" + std::to_string(i + 1) +
                                       ": not a short line of text, skipped");
                continue;
            }
            if (phrases.size() == kMaxQuickPhrasesPerContext) {
                out.problems.push_back("quick phrases '" + context + "': more than " +
                                       std::to_string(kMaxQuickPhrasesPerContext) + ", the rest skipped");
                break;
            }
            phrases.push_back(text);
        }
    }
    return out;
}

QuickPhrasesLoad loadQuickPhrasesFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) return {{}, {"quick phrases: cannot read " + path}};
    std::stringstream text;
    text << in.rdbuf();
    return parseQuickPhrases(text.str());
}

}  // namespace kiosk::core
