#pragma once
// The one way a JSON document from outside the process is read: the platform's answers and
// feeds, cached pages, bundled content files, and the bodies refserver receives. What arrives may
// be hostile, so before nlohmann sees it the text is checked for
// - nesting: at most kMaxJsonDepth arrays/objects inside each other. nlohmann parses deep
//   documents iteratively, but dump(), comparisons and our own walks recurse: a record nested
//   60,000 levels (120 KB) overflowed the stack when it was re-serialised;
// - UTF-8: the first invalid byte is named by its offset, so a problem report can say where.
// A problem names offsets and limits only, never the text itself (it may hold personal data).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace kiosk::core {

// Content records are ~5 levels deep, Open311 answers ~3: 32 leaves room and bounds recursion.
constexpr int kMaxJsonDepth = 32;

struct JsonInput {
    nlohmann::json value;  // discarded (is_discarded()) when the text was refused
    std::string problem;   // why, for the log: "nested deeper than 32 levels at byte offset 64"
    bool ok() const { return problem.empty(); }
};

JsonInput readJson(std::string_view text, int maxDepth = kMaxJsonDepth);

}  // namespace kiosk::core
