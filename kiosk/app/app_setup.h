#pragma once
// What App is made from: the setup read at start (config, folders, the bundled files) and the
// services of the runner around it (clock, textures, speech, wake-ups).
#include <functional>
#include <string>
#include <vector>

#include "config/kiosk_config.h"
#include "core/clock.h"
#include "ui/font_texture.h"
#include "ui/image_source.h"
#include "ui/speech_output.h"

namespace kiosk {

struct AppSetup {
    config::KioskConfig config;
    std::vector<std::string> startupProblems;  // e.g. config errors: the kiosk shows the operator screen
    std::string assetsDir;
    std::string dataDir;               // the outbox, the content cache, photos, counters (DataPaths)
    std::string configFile;            // where `config` came from: read again on reload_config
    std::string remoteConfig;          // the platform's TOML read after the files (also on reload); "" none
    bool demoCases = false;            // add the demonstration cases to the outbox (kiosk --demo-cases)
    std::string bundledDisclosures;    // empty: <assets>/demo/disclosures.json (benchmarks pass larger sets)
    std::string bundledAnnouncements;  // empty: <assets>/demo/announcements.json (benchmarks pass one slide)
};

struct AppServices {
    core::Clock& clock;
    ui::ImageSource& images;
    ui::FontTexture& fontTexture;
    std::function<void()> wakeUiThread;  // thread-safe: something for the UI thread (the inbox wakes with it)
    ui::SpeechOutput* speech = nullptr;  // 朗读; null where there is none (benchmarks)
    // The moving picture: the camera's, or a video announcement's (never both at once); the
    // runner repaints where it shows when it changes. Null in the headless UI.
    ui::FrameTexture* pictureTexture = nullptr;
    std::function<void()> wakeForPicture = nullptr;  // thread-safe: one frame for a new camera picture
    ui::CanvasSource* canvases = nullptr;            // pictures painted once (GL); null: drawn each frame
    std::function<std::vector<std::string>()> recentLog = nullptr;  // the log's last lines (运维面板)
};

}  // namespace kiosk
