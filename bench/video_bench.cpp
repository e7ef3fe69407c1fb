#include "video_bench.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "loop_measure.h"
#include "measures.h"
#include "platform/video_clip.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"

namespace kiosk::bench {
namespace {

// One turn of the playlist: each announcement's own time, or the configured slide time.
double cycleSeconds(const std::filesystem::path& announcementsFile, int slideSeconds) {
    std::ifstream in(announcementsFile);
    const nlohmann::json all = nlohmann::json::parse(in);
    double total = 0;
    for (const auto& a : all.at("announcements")) total += a.value("seconds", slideSeconds);
    return total;
}

}  // namespace

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
    setup.bundledAnnouncements = testing::demoAnnouncements(setup.assetsDir, setup.dataDir, true).path;
    {
        testing::GlApp glApp(runner, setup, {.picture = true, .canvases = true});
        App& app = glApp.app();
        app.start();
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
    }
    std::filesystem::remove_all(setup.dataDir);

    // The whole bundled playlist — the video slide among the still ones — for one cycle: what the
    // unattended display costs through a day.
    const auto playlist = std::filesystem::path(setup.assetsDir) / "demo" / "announcements.json";
    setup.bundledAnnouncements = playlist.string();
    {
        testing::GlApp glApp(runner, setup, {.picture = true, .canvases = true});
        App& app = glApp.app();
        app.start();
        settle(runner, app);
        const double cycle = cycleSeconds(playlist, setup.config.attract.slideSeconds);
        const LoopFigures f = measureLoop(runner, app, cycle);
        figure("attract_with_video_cpu_pct", f.cpuPct, "%");
        figure("attract_with_video_cycle_s", cycle, "s");
    }
    std::filesystem::remove_all(setup.dataDir);
}

}  // namespace kiosk::bench
