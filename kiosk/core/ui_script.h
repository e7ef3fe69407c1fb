#pragma once
// The UI script format: one step a line. The same scripts drive the headless UI tests, the
// screenshot tour (`kiosk --script`) and, later, the staff's automatic demonstration.
//
//   # a comment
//   tap <target>             a widget's id (home.tile.disclosure) or its exact visible label
//   swipe <target> <dy>      press on the target, move the finger dy px (negative: up), lift
//   type <text>              characters as if typed
//   wait <seconds>           let time pass (on the tour's clock), drawing frames as it goes
//   expect screen <name>     the screen showing now (home, attract, ...)
//   expect text <text>       a string drawn on the current frame
//   expect no-text <text>    a string not drawn on the current frame
//   shot <name>              save a screenshot as <name>.png
#include <string>
#include <variant>
#include <vector>

namespace kiosk::core {

struct TapStep {
    std::string target;
};
struct SwipeStep {
    std::string target;
    float dy = 0;
};
struct TypeStep {
    std::string text;
};
struct WaitStep {
    double seconds = 0;
};
struct ExpectScreenStep {
    std::string screen;
};
struct ExpectTextStep {
    std::string text;
    bool present = true;
};
struct ShotStep {
    std::string name;
};

using ScriptAction = std::variant<TapStep, SwipeStep, TypeStep, WaitStep, ExpectScreenStep, ExpectTextStep, ShotStep>;

struct ScriptStep {
    int line = 0;        // 1-based line in the script, for error messages
    std::string source;  // the line as written
    ScriptAction action;
};

struct ScriptParseResult {
    std::vector<ScriptStep> steps;
    std::vector<std::string> errors;  // "line 4: unknown step 'tapp'"
    bool ok() const { return errors.empty(); }
};

ScriptParseResult parseUiScript(const std::string& text);

}  // namespace kiosk::core
