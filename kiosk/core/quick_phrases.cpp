#include "core/quick_phrases.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/json_input.h"
#include "core/text_rule.h"

namespace kiosk::core {
namespace {

// A screen's code or a category's name: a short line of text.
bool isContextName(std::string_view name) {
    return isTextLine(name, 20);
}

}  // namespace

QuickPhrasesLoad parseQuickPhrases(const std::string& json) {
    QuickPhrasesLoad out;
    const JsonInput in = readJson(json);
    const nlohmann::json& doc = in.value;
    if (!in.ok() || !doc.is_object()) {
        out.problems.push_back("quick phrases: " + (in.ok() ? std::string("not a JSON object") : in.problem));
        return out;
    }
    for (const auto& [context, list] : doc.items()) {
        // A context names a screen or a category; anything else is not quoted into the log.
        if (!isContextName(context)) {
            out.problems.push_back("quick phrases: a context whose name is not a short line of text, skipped");
            continue;
        }
        if (!list.is_array()) {
            out.problems.push_back("quick phrases '" + context + "': not a list");
            continue;
        }
        auto& phrases = out.byContext[context];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& item = list[i];
            const std::string text = item.is_string() ? item.get<std::string>() : std::string{};
            if (!isTextLine(text, kMaxQuickPhraseChars)) {
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
