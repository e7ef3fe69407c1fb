#include "support/render_tours.h"

#include <fstream>
#include <sstream>

#include "support/virtual_printer.h"

namespace kiosk::testing {
namespace {

const std::filesystem::path kTours = std::filesystem::path(KIOSK_SOURCE_DIR) / "tests" / "tours";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The print tour's receipt printer: one for the whole run, always ready.
std::string printerConfig() {
    static const VirtualPrinter printer(VirtualPrinter::Link::Tcp, VirtualPrinter::State::Online);
    return "[printer]\ndevice = \"" + printer.device() + "\"\n";
}

}  // namespace

// Not here: the records tour (查我本人的记录), which needs a card reader and a platform answering
// beside it (tests/tours/with_id_reader.sh runs it under CTest); the headless audits reach its
// screens through tests/net/self_records_test.cpp instead.
std::vector<RenderTour> allRenderTours() {
    std::string camera = readFile(kTours / "photo-camera.toml.in");
    camera.replace(camera.find("@CMAKE_SOURCE_DIR@"), std::string("@CMAKE_SOURCE_DIR@").size(), KIOSK_SOURCE_DIR);
    return {
        {"shell", true, false, "", ""},
        {"shell_english", true, false, "", "en"},
        {"disclosures", false, false, "", ""},
        {"keyboards", true, false, "", ""},
        {"display", true, false, "", ""},
        {"case", false, false, "", ""},
        {"photo", false, false, camera, ""},
        {"staff", false, false, readFile(kTours / "staff.toml"), ""},
        {"guide", false, false, "", ""},
        {"track", false, true, "", ""},
        {"print", false, true, printerConfig(), ""},
    };
}

std::string tourScript(const std::string& name) {
    return readFile(kTours / (name + ".tour"));
}

}  // namespace kiosk::testing
