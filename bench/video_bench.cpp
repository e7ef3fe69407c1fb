#include "video_bench.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/clock.h"
#include "loop_measure.h"
#include "measures.h"
#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/video_clip.h"

namespace kiosk::bench {

std::string announcementsFile(const std::string& assetsDir, const std::string& dataDir, bool keepVideo) {
    std::ifstream in(std::filesystem::path(assetsDir) / "demo" / "announcements.json");
    nlohmann::json all = nlohmann::json::parse(in);
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& a : all["announcements"])
        if (a.contains("video") == keepVideo) kept.push_back(a);
    all["announcements"] = kept;
    std::filesystem::create_directories(dataDir);
    const auto path = std::filesystem::path(dataDir) / (keepVideo ? "video-only.json" : "still-only.json");
    std::ofstream(path) << all.dump();
    return path.string();
}

void benchVideo(platform::GlfwRunner& runner, AppSetup setup,
                const std::function<void(const char*, double, const char*)>& figure) {
    setup.dataDir += "-video";
    std::filesystem::remove_all(setup.dataDir);
    {
        // The decoder alone, to tell its share from the screen's.
        platform::VideoClip clip(
            (std::filesystem::path(setup.assetsDir) / "demo" / "images" / "community_promo.webm").string());
        clip.start();
        figure("video_decode_cpu_pct", backgroundCpuPct(std::chrono::seconds(5)), "%");
    }
    setup.bundledAnnouncements = announcementsFile(setup.assetsDir, setup.dataDir, true);
    core::SystemClock clock;
    platform::GlFontTexture fontTexture;
    platform::GlImageSource images(&platform::GlfwRunner::wake);
    platform::GlFrameTexture pictureTexture;
    platform::GlCanvases canvases;
    {
        App app(setup, AppServices{clock, images, fontTexture, &platform::GlfwRunner::wake, nullptr, &pictureTexture,
                                   &platform::GlfwRunner::wakeForPicture, &canvases});
        app.start();
        runner.watchPicture(&pictureTexture);
        settle(runner, app);
        platform::RunLimits warm;  // the video's first frames in
        warm.maxSeconds = 2;
        runner.run(app, nullptr, warm);
        const LoopFigures f = measureLoop(runner, app, 10);
        reportLoop("video", "fps", f, figure);
        // What it looked like (KIOSK_BENCH_SHOTS=DIR kiosk-bench --only video): to judge, not to measure.
        if (const char* dir = std::getenv("KIOSK_BENCH_SHOTS")) {
            std::string error;
            runner.saveScreenshot((std::filesystem::path(dir) / "video_slide.png").string(), error);
        }
        runner.watchPicture(nullptr);
    }
    std::filesystem::remove_all(setup.dataDir);
}

}  // namespace kiosk::bench
