#pragma once
// The UI script format: one step a line. The same scripts drive the headless UI tests, the
// screenshot tour (`kiosk --script`) and the automatic demonstration (全流程演示).
//
//   # a comment
//   tap <target>             a widget's id (home.tile.disclosure) or its exact visible label
//   swipe <target> <dy>      press on the target, move the finger dy px (negative: up), lift
//   hold <corner> <seconds>  press a screen corner (top-left, top-right, bottom-left,
//                            bottom-right) and keep the finger there that long, then lift
//   draw <target> <strokes>  write with a finger on the target: strokes separated by '|', each
//                            x,y points from 0 to 1 across the target (draw pad 0.1,0.5 0.9,0.5)
//   type <text>              characters as if typed
//   wait <seconds>           let time pass (on the tour's clock), drawing frames as it goes
//   expect screen <name>     the screen showing now (home, attract, ...); expect steps wait up
//                            to 5 s of real time for workers (keyboard font, handwriting)
//   expect text <text>       a string drawn on the current frame
//   expect no-text <text>    a string not drawn on the current frame
//   shot <name>              save a screenshot as <name>.png
//   say <key>                narration: the demonstration speaks the string-table text and shows
//                            it as a caption (tests and tours pass over it)
#include <string>
#include <utility>
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
struct HoldStep {
    std::string corner;  // top-left, top-right, bottom-left, bottom-right
    double seconds = 0;
};
struct DrawStep {
    std::string target;
    std::vector<std::vector<std::pair<float, float>>> strokes;  // 0..1 across the target
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
struct SayStep {
    std::string key;  // string-table key of the narration
};

using ScriptAction = std::variant<TapStep, SwipeStep, HoldStep, DrawStep, TypeStep, WaitStep, ExpectScreenStep,
                                  ExpectTextStep, ShotStep, SayStep>;

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
// "0.1,0.2 0.3,0.4|0.5,0.5": empty when malformed or out of 0..1.
std::vector<std::vector<std::pair<float, float>>> parseDrawnStrokes(const std::string& text);

}  // namespace kiosk::core
