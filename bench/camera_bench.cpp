#include "camera_bench.h"

#include <time.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "app/ui_driver.h"
#include "loop_measure.h"
#include "measures.h"
#include "platform/camera.h"
#include "support/gl_app.h"

namespace kiosk::bench {
namespace {

// A 720p camera at 30 frames a second (there is no camera here).
constexpr const char* kPipeline = "videotestsrc is-live=true ! video/x-raw,width=1280,height=720,framerate=30/1";

// The app with a live camera, brought to a screen by `script`, then measured for 10 s as the
// frame loop runs it. Figures are named `prefix`_cpu_pct and so on.
void measureCameraScreen(platform::GlfwRunner& runner, AppSetup setup, const std::string& script,
                         const std::string& prefix,
                         const std::function<void(const char*, double, const char*)>& figure) {
    setup.dataDir += "-camera";
    std::filesystem::remove_all(setup.dataDir);
    setup.config.camera.pipeline = kPipeline;
    {
        testing::GlApp glApp(runner, setup, {.picture = true});
        App& app = glApp.app();
        app.start();
        settle(runner, app);
        core::ManualClock tapClock;
        UiDriver driver(tapClock);
        driver.add(core::parseUiScript(script).steps);
        runner.run(app, &driver);
        platform::RunLimits warm;  // the camera up and its first frames in
        warm.maxSeconds = 2;
        runner.run(app, nullptr, warm);

        const LoopFigures f = measureLoop(runner, app, 10);
        reportLoop(prefix, "fps", f, figure);
    }
    std::filesystem::remove_all(setup.dataDir);
}

}  // namespace

void benchCameraPreview(platform::GlfwRunner& runner, const AppSetup& setup,
                        const std::function<void(const char*, double, const char*)>& figure) {
    {
        // The camera alone (capture and conversion to RGBA), to tell its share from the screen's.
        platform::Camera camera(kPipeline);
        camera.start();
        figure("camera_pipeline_cpu_pct", backgroundCpuPct(std::chrono::seconds(5)), "%");
        camera.stop();
    }
    measureCameraScreen(runner, setup, "tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr", "camera_preview",
                        figure);
    measureCameraScreen(runner, setup,
                        "tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                        "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                        "tap case.next\nexpect text 有照片吗？",
                        "camera_photo_step", figure);
}

}  // namespace kiosk::bench
