#pragma once
// A camera for tests: the PNG files 000.png, 001.png ... of a folder played by multifilesrc, ten
// frames a second, round and round — the kiosk's own camera code on pictures made in the test.
// Renaming the folder away "unplugs" it (a pipeline error); renaming it back plugs it in.
#include <filesystem>
#include <string>

namespace kiosk::testing {

inline std::string filesCameraPipeline(const std::filesystem::path& folder) {
    return "multifilesrc location=" + (folder / "%03d.png").string() +
           " index=0 loop=true caps=image/png,framerate=10/1 ! pngdec";
}

// A camera that is always there: GStreamer's test pattern, small and slow (cheap to run), for
// tests whose path depends on a camera being usable and not on what it sees.
inline constexpr const char* kAlwaysWorkingCamera =
    "videotestsrc is-live=true ! video/x-raw,width=320,height=180,framerate=5/1";

// The config text that makes `pipeline` the kiosk's camera.
inline std::string cameraConfig(const std::string& pipeline) {
    return "[camera]\npipeline = \"" + pipeline + "\"\n";
}

}  // namespace kiosk::testing
