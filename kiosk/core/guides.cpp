#include "core/guides.h"

#include <array>
#include <set>
#include <string_view>

#include "core/json_text.h"

namespace kiosk::core {
namespace {

constexpr std::array<std::string_view, 5> kIcons{"report", "progress", "scan", "disclosure", "keyboard"};

std::string checkGuide(const nlohmann::json& item) {
    if (!item.is_object()) return "not an object";
    std::string problem = checkJsonText(item, "id", Lines::One, 64, true);
    if (problem.empty()) problem = checkJsonText(item, "title", Lines::One, kMaxGuideTitleChars, true);
    if (problem.empty()) problem = checkJsonText(item, "icon", Lines::One, 16, false);
    if (!problem.empty()) return problem;
    if (item.contains("icon")) {
        const auto& icon = item["icon"].get_ref<const std::string&>();
        bool known = false;
        for (std::string_view k : kIcons) known = known || k == icon;
        if (!known) return "'icon' is not one of report, progress, scan, disclosure, keyboard";
    }
    if (item.contains("demonstration") && !item["demonstration"].is_boolean())
        return "'demonstration' is not true/false";
    if (!item.contains("steps") || !item["steps"].is_array()) return "missing 'steps' (a list of lines)";
    const nlohmann::json& steps = item["steps"];
    if (steps.empty() || steps.size() > kMaxGuideSteps)
        return "'steps' must hold 1 to " + std::to_string(kMaxGuideSteps) + " lines";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const nlohmann::json wrapped = {{"step", steps[i]}};
        if (std::string p = checkJsonText(wrapped, "step", Lines::One, kMaxGuideStepChars, true); !p.empty())
            return "step " + std::to_string(i + 1) + ": " + p;
    }
    return {};
}

}  // namespace

void parseGuides(const nlohmann::json& list, std::vector<Guide>& guides, std::vector<std::string>& problems) {
    if (!list.is_array()) {
        problems.emplace_back("guides: expected an array 'guides'");
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = "guide #" + std::to_string(i + 1);
        std::string problem = checkGuide(list[i]);
        if (problem.empty() && !ids.insert(list[i]["id"].get<std::string>()).second)
            problem = "'id' repeats an earlier record's";  // the first stays
        if (!problem.empty()) {
            problems.push_back(where + ": " + problem + ", skipped");
            continue;
        }
        if (guides.size() >= kMaxGuides) {
            problems.push_back(where + ": more than " + std::to_string(kMaxGuides) + " guides, skipped");
            continue;
        }
        const nlohmann::json& item = list[i];
        Guide g;
        g.id = item["id"].get<std::string>();
        g.title = item["title"].get<std::string>();
        g.icon = item.value("icon", std::string{});
        for (const auto& step : item["steps"]) g.steps.push_back(step.get<std::string>());
        g.demonstration = item.value("demonstration", false);
        guides.push_back(std::move(g));
    }
}

}  // namespace kiosk::core
