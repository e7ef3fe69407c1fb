// Nothing cut off, no two targets closer than 24 px, and one main action (red button) a screen, on every screen the
// render tours show, at every text size, in both orientations and both colour schemes: the tours' own scripts run
// headless, and at each of their screenshots the frame ImGui drew is audited (support/visibility_audit.h). The tours
// are the inventory of screens: a new screen gets a screenshot there and is audited here with it.
//
// Screens still being fixed are listed in ui/cut_off_known.txt, one problem per line (without its
// pixel coordinates). The test fails on any problem not listed and on any listed problem that no
// longer happens, so the list only ever shrinks. KIOSK_CUT_OFF_WRITE=<file> appends what it finds;
// KIOSK_CUT_OFF_TOURS=case,track runs only those tours (and checks only their known lines), for a
// quick look while fixing a screen.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "support/headless_ui.h"
#include "support/render_tours.h"
#include "support/visibility_audit.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

struct Variant {
    float width;
    float height;
    const char* textSize;
    const char* colors;
};

std::string variantName(const Variant& v) {
    return std::to_string(static_cast<int>(v.width)) + "x" + std::to_string(static_cast<int>(v.height)) + "_" +
           v.textSize + "_" + v.colors;
}

// A problem without its pixel coordinates: what the known list names.
std::string withoutCoordinates(const std::string& problem) {
    static const std::regex box(R"( ?\(-?[0-9]+,-?[0-9]+\)-\(-?[0-9]+,-?[0-9]+\))");
    static const std::regex scroll(R"( by [0-9]+ x [0-9]+ px)");
    return std::regex_replace(std::regex_replace(problem, box, ""), scroll, "");
}

// The tours KIOSK_CUT_OFF_TOURS names (comma-separated), or every tour when it is not set.
bool tourChosen(const std::string& tour) {
    const char* chosen = std::getenv("KIOSK_CUT_OFF_TOURS");
    if (chosen == nullptr || *chosen == '\0') return true;
    return ("," + std::string(chosen) + ",").find("," + tour + ",") != std::string::npos;
}

std::string tourOf(const std::string& problem) {
    return problem.substr(0, problem.find_first_of("/ "));
}

std::set<std::string> knownProblems(const std::string& variant) {
    std::set<std::string> known;
    std::ifstream in(std::filesystem::path(KIOSK_SOURCE_DIR) / "tests" / "ui" / "cut_off_known.txt");
    const std::string prefix = variant + " | ";
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(prefix, 0) != 0) continue;
        const std::string problem = line.substr(prefix.size());
        if (tourChosen(tourOf(problem))) known.insert(problem);
    }
    return known;
}

class NothingCutOff : public ::testing::TestWithParam<Variant> {};

TEST_P(NothingCutOff, OnAnyScreenshotOfAnyTour) {
    const Variant variant = GetParam();
    std::vector<std::string> report;
    for (const testing::RenderTour& tour : testing::allRenderTours()) {
        if (tour.setsTextSizeItself && std::string(variant.textSize) != "standard") continue;
        if (!tourChosen(tour.name)) continue;
        HeadlessOptions options;
        options.width = variant.width;
        options.height = variant.height;
        options.configText =
            tour.configText + "\n[ui]\ntext_size = \"" + variant.textSize + "\"\ncolors = \"" + variant.colors + "\"\n";
        options.demoCases = tour.demoCases;
        options.language = tour.language;
        HeadlessUi ui(options);
        const ImVec2 display(variant.width, variant.height);
        const std::string failure =
            ui.run(testing::tourScript(tour.name), [&](const std::string& shot, std::string& /*error*/) {
                for (const std::string& problem : testing::findCutOffContent(ui.app().registry(), display)) {
                    report.push_back(tour.name + "/" + shot + ": " + problem);
                }
                for (const std::string& problem : testing::findCrowdedTargets(ui.app().registry())) {
                    report.push_back(tour.name + "/" + shot + ": " + problem);
                }
                // One main action (a red button) a screen: two compete for the same tap.
                const auto& primary = ui.app().registry().primaryButtons();
                if (primary.size() > 1) {
                    std::string names;
                    for (const std::string& id : primary) names += (names.empty() ? "" : ", ") + id;
                    report.push_back(tour.name + "/" + shot + ": more than one main action: " + names);
                }
                return true;
            });
        // A tour that cannot go on is a finding too: at this size something it taps is not there.
        if (!failure.empty())
            report.push_back(tour.name + " stopped: " + failure.substr(0, failure.find("; tappable")));
    }
    const std::string variantKey = variantName(variant);
    std::set<std::string> found;
    for (const std::string& problem : report) found.insert(withoutCoordinates(problem));
    if (const char* write = std::getenv("KIOSK_CUT_OFF_WRITE")) {
        std::ofstream out(write, std::ios::app);
        for (const std::string& problem : found) out << variantKey << " | " << problem << "\n";
    }
    const std::set<std::string> known = knownProblems(variantKey);
    std::string added;
    std::string gone;
    for (const std::string& problem : found) {
        if (!known.count(problem)) added += problem + "\n";
    }
    for (const std::string& problem : known) {
        if (!found.count(problem)) gone += variantKey + " | " + problem + "\n";
    }
    EXPECT_EQ(added, "") << "cut off on screen (with coordinates):\n"
                         << [&] {
                                std::string all;
                                for (const std::string& line : report) all += line + "\n";
                                return all;
                            }();
    EXPECT_EQ(gone, "") << "fixed: take these lines out of tests/ui/cut_off_known.txt";
}

std::vector<Variant> allVariants() {
    std::vector<Variant> variants;
    for (auto [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1080.0f, 1920.0f}}) {
        for (const char* size : {"standard", "large", "extra_large"}) {
            for (const char* colors : {"standard", "high_contrast"}) variants.push_back({w, h, size, colors});
        }
    }
    return variants;
}

INSTANTIATE_TEST_SUITE_P(EveryScreen, NothingCutOff, ::testing::ValuesIn(allVariants()),
                         [](const ::testing::TestParamInfo<Variant>& p) { return variantName(p.param); });

}  // namespace
}  // namespace kiosk
