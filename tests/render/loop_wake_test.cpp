// The real GLFW/GL loop under Xvfb: an idle screen draws no frames, and a message posted from
// another thread (GlfwRunner::wake, i.e. glfwPostEmptyEvent) wakes it at once.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "platform/glfw_runner.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"

namespace kiosk {
namespace {

TEST(LoopWake, IdleDrawsNothingAndAWorkerMessageWakesTheLoop) {
    const AppSetup setup = testing::windowedDemoSetup(
        (std::filesystem::temp_directory_path() / ("kiosk-wake-" + std::to_string(::getpid()))).string());

    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 800, 600, "wake test"}).has_value());
    std::vector<double> frameTimes;
    {
        // A frozen clock: nothing on screen is ever due, so only events can cause frames.
        core::ManualClock clock;
        testing::GlApp glApp(runner, setup, {.clock = &clock});
        App& app = glApp.app();
        app.start();

        const auto started = std::chrono::steady_clock::now();
        auto since = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
        std::thread worker([] {
            std::this_thread::sleep_for(std::chrono::milliseconds(3000));
            platform::GlfwRunner::wake();  // as a worker does when it has a result
        });
        platform::RunLimits limits;
        limits.maxSeconds = 3.6;
        limits.onFrame = [&](double) {
            frameTimes.push_back(since());
            return true;
        };
        runner.run(app, nullptr, limits);
        worker.join();
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(setup.dataDir);

    auto framesBetween = [&](double from, double to) {
        return std::count_if(frameTimes.begin(), frameTimes.end(), [&](double t) { return t >= from && t < to; });
    };
    EXPECT_GT(framesBetween(0.0, 2.0), 0) << "the first frames (start, content, fonts)";
    EXPECT_EQ(framesBetween(2.0, 3.0), 0) << "an idle screen must not draw";
    const auto woken = framesBetween(3.0, 3.1);
    EXPECT_GE(woken, 1) << "the wake-up drew no frame within 100 ms";
    EXPECT_LE(woken, 5) << "a wake-up draws a few frames, not a busy loop";
}

}  // namespace
}  // namespace kiosk
