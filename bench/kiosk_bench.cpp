// kiosk-bench: prints one figure a line, `name value unit`. Targets live here, not in tests.
//   startup_first_frame_ms  process start to the first frame on screen      target < 400
//   font_atlas_ms, font_atlas_mb  the first atlas build and its GPU size
//   rss_mb                  resident memory with home on screen             target < 150
//   frame_cpu_ms_home       CPU per home frame, 1920x1080, llvmpipe         target < 15
//   idle_cpu_pct            CPU over 10 s of a static home screen           target < 1
// Runs on the real GLFW/GL path. With no display it re-runs itself under xvfb-run.
// Usage: kiosk-bench [--only startup|frame|idle]
#include <imgui.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "app.h"
#include "config/kiosk_config.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"
#include "platform/logging.h"
#include "ui_driver.h"

namespace {

using namespace kiosk;
const auto kProcessStart = std::chrono::steady_clock::now();

void figure(const char* name, double value, const char* unit) {
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double rssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
    }
    return -1;
}

double processCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Re-runs this program under xvfb-run when there is no display.
void ensureDisplay(int argc, char** argv) {
    if (std::getenv("DISPLAY") || std::getenv("KIOSK_BENCH_NO_REEXEC")) return;
    setenv("KIOSK_BENCH_NO_REEXEC", "1", 1);
    std::vector<char*> args{const_cast<char*>("xvfb-run"), const_cast<char*>("-a"), const_cast<char*>("-s"),
                            const_cast<char*>("-screen 0 1920x1080x24")};
    for (int i = 0; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("xvfb-run", args.data());
    std::perror("kiosk-bench: cannot run xvfb-run (apt-get install xvfb xauth)");
    std::exit(3);
}

bool wanted(const std::string& only, const char* group) {
    return only.empty() || only == group;
}

}  // namespace

int main(int argc, char** argv) {
    ensureDisplay(argc, argv);
    std::string only;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--only") == 0) only = argv[i + 1];
    }
    platform::setupLogging({"", "warn", 1024, 1});

    config::KioskConfig cfg;
    cfg.display.fullscreen = false;
    AppSetup setup;
    setup.config = cfg;
    setup.assetsDir = KIOSK_DEFAULT_ASSETS_DIR;
    setup.dataDir = "/tmp/kiosk-bench-" + std::to_string(::getpid());

    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    if (auto error = runner.open({false, 1920, 1080, "kiosk-bench"})) {
        std::fprintf(stderr, "kiosk-bench: %s\n", error->c_str());
        return 3;
    }
    {
        core::SystemClock clock;
        platform::GlFontTexture fontTexture;
        platform::GlImageSource images(&platform::GlfwRunner::wake);
        App app(setup, AppServices{clock, images, fontTexture, &platform::GlfwRunner::wake});
        app.start();

        // Startup: to the first frame on screen (the unattended display).
        platform::RunLimits firstFrame;
        firstFrame.alwaysDraw = true;
        firstFrame.onFrame = [](double) { return false; };
        runner.run(app, nullptr, firstFrame);
        if (wanted(only, "startup")) {
            figure("startup_first_frame_ms",
                   std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count(),
                   "ms");
            figure("font_atlas_ms", app.fonts().lastBuildMs(), "ms");
            figure("font_atlas_mb", app.fonts().textureMegabytes(), "MB");
        }

        // Wake to home with a tap, as a resident would.
        core::ManualClock tapClock;
        UiDriver driver(tapClock);
        driver.add(core::parseUiScript("tap attract.wake\nexpect screen home").steps);
        runner.run(app, &driver);
        if (wanted(only, "startup")) figure("rss_mb", rssMb(), "MB");

        if (wanted(only, "frame")) {
            std::vector<double> cpu;
            platform::RunLimits frames;
            frames.alwaysDraw = true;
            frames.onFrame = [&](double ms) {
                cpu.push_back(ms);
                return cpu.size() < 60;
            };
            runner.run(app, nullptr, frames);
            std::sort(cpu.begin(), cpu.end());
            figure("frame_cpu_ms_home", cpu[cpu.size() / 2], "ms");
        }

        if (wanted(only, "idle")) {
            platform::RunLimits idle;
            idle.maxSeconds = 10;
            const double cpu0 = processCpuSeconds();
            const auto wall0 = std::chrono::steady_clock::now();
            runner.run(app, nullptr, idle);
            const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
            figure("idle_cpu_pct", (processCpuSeconds() - cpu0) / wall * 100.0, "%");
        }
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    return 0;
}
