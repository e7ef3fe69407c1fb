#pragma once
// How the render tests and kiosk-bench set up the demo kiosk: in a window rather than full
// screen, on the shipped assets and their demo content, with a slide set cut down to what a test
// or a bench group looks at.
#include <cstddef>
#include <string>

#include "app/app.h"

namespace kiosk::testing {

// The default config but windowed, the source checkout's assets, the data in `dataDir`.
AppSetup windowedDemoSetup(const std::string& dataDir);

struct AnnouncementsFile {
    std::string path;  // for AppSetup::bundledAnnouncements
    std::size_t kept = 0;
};

// The demo announcements file rewritten into `dir` (made if missing) with only the announcements
// `videos` says (with a video, or without), its slogans and guides unchanged: a video test sees
// its video on screen, and the strip's figures are the strip's alone.
AnnouncementsFile demoAnnouncements(const std::string& assetsDir, const std::string& dir, bool videos);

}  // namespace kiosk::testing
