#include "camera_bench.h"

#include <time.h>

#include <chrono>
#include <filesystem>

#include "core/clock.h"
#include "measures.h"
#include "platform/gl_textures.h"
#include "ui_driver.h"

namespace kiosk::bench {

void benchCameraPreview(platform::GlfwRunner& runner, AppSetup setup,
                        const std::function<void(const char*, double, const char*)>& figure) {
    setup.dataDir += "-camera";
    std::filesystem::remove_all(setup.dataDir);
    setup.config.camera.pipeline = "videotestsrc is-live=true ! video/x-raw,width=1280,height=720,framerate=30/1";
    core::SystemClock clock;
    platform::GlFontTexture fontTexture;
    platform::GlImageSource images(&platform::GlfwRunner::wake);
    platform::GlFrameTexture cameraTexture;
    {
        App app(setup, AppServices{clock, images, fontTexture, &platform::GlfwRunner::wake, nullptr, &cameraTexture,
                                   &platform::GlfwRunner::wakeForPicture});
        app.start();
        platform::RunLimits settle;
        settle.alwaysDraw = true;
        settle.onFrame = [&](double) { return app.animating(); };
        runner.run(app, nullptr, settle);
        core::ManualClock tapClock;
        UiDriver driver(tapClock);
        driver.add(core::parseUiScript("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr").steps);
        runner.run(app, &driver);
        platform::RunLimits warm;  // the camera up and its first frames in
        warm.maxSeconds = 2;
        runner.run(app, nullptr, warm);

        int frames = 0;
        platform::RunLimits measured;
        measured.maxSeconds = 10;
        measured.onFrame = [&](double) {
            ++frames;
            return true;
        };
        const double cpu0 = processCpuSeconds();
        const auto wall0 = std::chrono::steady_clock::now();
        runner.run(app, nullptr, measured);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
        figure("camera_preview_cpu_pct", (processCpuSeconds() - cpu0) / wall * 100.0, "%");
        figure("camera_preview_fps", frames / wall, "fps");
    }
    std::filesystem::remove_all(setup.dataDir);
}

}  // namespace kiosk::bench
