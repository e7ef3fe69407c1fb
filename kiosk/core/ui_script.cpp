#include "core/ui_script.h"

#include <charconv>
#include <sstream>

#include "core/screen_id.h"

namespace kiosk::core {
namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::string lineError(int line, const std::string& what) {
    return "line " + std::to_string(line) + ": " + what;
}

}  // namespace

std::vector<std::vector<std::pair<float, float>>> parseDrawnStrokes(const std::string& text) {
    std::vector<std::vector<std::pair<float, float>>> strokes(1);
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ') {
            ++i;
        } else if (c == '|') {
            if (strokes.back().empty()) return {};
            strokes.emplace_back();
            ++i;
        } else {
            float x = -1;
            float y = -1;
            auto [xEnd, xErr] = std::from_chars(text.data() + i, text.data() + text.size(), x);
            if (xErr != std::errc{} || xEnd == text.data() + text.size() || *xEnd != ',') return {};
            auto [yEnd, yErr] = std::from_chars(xEnd + 1, text.data() + text.size(), y);
            if (yErr != std::errc{} || x < 0 || x > 1 || y < 0 || y > 1) return {};
            strokes.back().emplace_back(x, y);
            i = static_cast<std::size_t>(yEnd - text.data());
        }
    }
    if (strokes.back().empty()) return {};
    return strokes;
}

ScriptParseResult parseUiScript(const std::string& text) {
    ScriptParseResult result;
    std::istringstream in(text);
    std::string raw;
    int lineNo = 0;
    while (std::getline(in, raw)) {
        ++lineNo;
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        const auto space = line.find(' ');
        const std::string verb = line.substr(0, space);
        const std::string arg = space == std::string::npos ? std::string{} : trim(line.substr(space + 1));
        ScriptStep step{lineNo, line, {}};

        if (verb == "tap" || verb == "type" || verb == "shot" || verb == "say") {
            if (arg.empty()) {
                result.errors.push_back(lineError(lineNo, "'" + verb + "' needs an argument"));
                continue;
            }
            if (verb == "tap")
                step.action = TapStep{arg};
            else if (verb == "type")
                step.action = TypeStep{arg};
            else if (verb == "say")
                step.action = SayStep{arg};
            else
                step.action = ShotStep{arg};
        } else if (verb == "swipe") {
            const auto lastSpace = arg.rfind(' ');
            float dy = 0;
            const std::string amount = lastSpace == std::string::npos ? std::string{} : arg.substr(lastSpace + 1);
            const auto [ptr, ec] = std::from_chars(amount.data(), amount.data() + amount.size(), dy);
            if (lastSpace == std::string::npos || ec != std::errc{} || ptr != amount.data() + amount.size() ||
                dy < -5000 || dy > 5000) {
                result.errors.push_back(
                    lineError(lineNo, "'swipe' needs a target and a distance in px, e.g. swipe payouts.list -600"));
                continue;
            }
            step.action = SwipeStep{trim(arg.substr(0, lastSpace)), dy};
        } else if (verb == "hold") {
            const auto lastSpace = arg.rfind(' ');
            const std::string corner = lastSpace == std::string::npos ? std::string{} : trim(arg.substr(0, lastSpace));
            const std::string amount = lastSpace == std::string::npos ? std::string{} : arg.substr(lastSpace + 1);
            double seconds = -1;
            const auto [ptr, ec] = std::from_chars(amount.data(), amount.data() + amount.size(), seconds);
            const bool cornerKnown =
                corner == "top-left" || corner == "top-right" || corner == "bottom-left" || corner == "bottom-right";
            if (!cornerKnown || ec != std::errc{} || ptr != amount.data() + amount.size() || seconds < 0 ||
                seconds > 600) {
                result.errors.push_back(
                    lineError(lineNo,
                              "'hold' needs a corner (top-left, top-right, bottom-left, bottom-right) and "
                              "seconds, e.g. hold top-left 5"));
                continue;
            }
            step.action = HoldStep{corner, seconds};
        } else if (verb == "draw") {
            const auto firstSpace = arg.find(' ');
            DrawStep draw;
            if (firstSpace != std::string::npos) {
                draw.target = arg.substr(0, firstSpace);
                draw.strokes = parseDrawnStrokes(arg.substr(firstSpace + 1));
            }
            if (draw.target.empty() || draw.strokes.empty()) {
                result.errors.push_back(lineError(
                    lineNo,
                    "'draw' needs a target and strokes of x,y points from 0 to 1, e.g. draw pad 0.1,0.5 0.9,0.5"));
                continue;
            }
            step.action = std::move(draw);
        } else if (verb == "wait") {
            double seconds = -1;
            const auto [ptr, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), seconds);
            if (ec != std::errc{} || ptr != arg.data() + arg.size() || seconds < 0 || seconds > 86400) {
                result.errors.push_back(lineError(lineNo, "'wait' needs seconds from 0 to 86400, got '" + arg + "'"));
                continue;
            }
            step.action = WaitStep{seconds};
        } else if (verb == "expect") {
            const auto sub = arg.find(' ');
            const std::string what = arg.substr(0, sub);
            const std::string value = sub == std::string::npos ? std::string{} : trim(arg.substr(sub + 1));
            if (value.empty()) {
                result.errors.push_back(lineError(lineNo, "'expect " + what + "' needs a value"));
                continue;
            }
            if (what == "screen") {
                if (!screenFromName(value)) {
                    result.errors.push_back(lineError(lineNo, "unknown screen '" + value + "'"));
                    continue;
                }
                step.action = ExpectScreenStep{value};
            } else if (what == "text") {
                step.action = ExpectTextStep{value, true};
            } else if (what == "no-text") {
                step.action = ExpectTextStep{value, false};
            } else {
                result.errors.push_back(
                    lineError(lineNo, "unknown expectation '" + what + "' (screen, text, no-text)"));
                continue;
            }
        } else {
            result.errors.push_back(
                lineError(lineNo, "unknown step '" + verb + "' (tap, swipe, hold, draw, type, wait, expect, shot)"));
            continue;
        }
        result.steps.push_back(std::move(step));
    }
    return result;
}

}  // namespace kiosk::core
