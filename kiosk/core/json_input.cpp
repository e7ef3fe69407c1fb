#include "core/json_input.h"

#include <optional>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

// The offset of the first '[' or '{' that opens level maxDepth + 1, outside strings; nothing when
// the text stays within the limit. Not a parser: malformed text is left for the parser to refuse.
std::optional<std::size_t> tooDeepAt(std::string_view text, int maxDepth) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;  // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

JsonInput refused(std::string problem) {
    JsonInput out;
    out.value = nlohmann::json(nlohmann::json::value_t::discarded);
    out.problem = std::move(problem);
    return out;
}

}  // namespace

JsonInput readJson(std::string_view text, int maxDepth) {
    if (const auto at = firstInvalidUtf8(text)) return refused("invalid UTF-8 at byte offset " + std::to_string(*at));
    if (const auto at = tooDeepAt(text, maxDepth)) {
        return refused("nested deeper than " + std::to_string(maxDepth) + " levels at byte offset " +
                       std::to_string(*at));
    }
    try {
        JsonInput out;
        out.value = nlohmann::json::parse(text);
        return out;
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte counts from 1; e.what() quotes the text read, so it is not used.
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        return refused("not JSON (syntax error at byte offset " + std::to_string(at) + ")");
    } catch (const nlohmann::json::exception&) {
        return refused("not JSON (a number out of range)");  // 1e400: out_of_range.406
    }
}

}  // namespace kiosk::core
