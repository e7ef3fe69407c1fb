#pragma once
// The render tours (tests/tours/*.tour) as the UI tests run them headless: each with the config
// and options tests/CMakeLists.txt gives it. The tours are the inventory of screens: a new screen
// gets a screenshot in one, and every audit that walks the tours sees it.
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::testing {

struct RenderTour {
    std::string name;
    bool setsTextSizeItself = false;  // its script cycles 字号 and expects the names it passes
    bool demoCases = false;
    std::string configText;
    std::string language;
};

std::vector<RenderTour> allRenderTours();

// The script of a tour.
std::string tourScript(const std::string& name);

}  // namespace kiosk::testing
