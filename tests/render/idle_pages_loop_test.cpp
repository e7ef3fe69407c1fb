// The frame loop gives back the shader compiler's pages once the first screen has settled
// (platform/idle_pages.h on core/code_release_schedule.h), under Xvfb with the real llvmpipe: read
// from the kernel's account of this process (/proc/self/smaps), and the screen still drawn after.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "platform/glfw_runner.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"

namespace kiosk {
namespace {

// Resident kilobytes of libLLVM's file pages in its read-only mappings (its code and constants;
// not its relocated data, read-only once linked but the process's own copy) in this process.
long compilerResidentKb() {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool compiler = false;
    long kb = 0;
    while (std::getline(smaps, line)) {
        std::istringstream fields(line);
        std::string first;
        std::string permissions;
        fields >> first >> permissions;
        if (first.find('-') != std::string::npos && permissions.size() == 4) {  // a mapping's header
            compiler = line.find("/libLLVM") != std::string::npos && permissions[1] != 'w';
        } else if (compiler && (first == "Private_Clean:" || first == "Shared_Clean:")) {
            kb += std::stol(permissions);  // the second field: the kilobytes
        }
    }
    return kb;
}

TEST(IdlePagesLoop, OnceTheFirstScreenHasSettledTheShaderCompilersPagesAreGivenBack) {
    const AppSetup setup = testing::windowedDemoSetup(
        (std::filesystem::temp_directory_path() / ("kiosk-idle-pages-" + std::to_string(::getpid()))).string());
    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 1280, 720, "idle pages test"}).has_value());
    long afterFirstFrames = 0;
    long settled = 0;
    int framesAfter = 0;
    {
        testing::GlApp glApp(runner, setup, {});  // the system clock, as the kiosk runs
        App& app = glApp.app();
        app.start();
        platform::RunLimits firstFrames;
        firstFrames.maxSeconds = 0.5;
        runner.run(app, nullptr, firstFrames);
        afterFirstFrames = compilerResidentKb();
        platform::RunLimits settling;
        settling.maxSeconds = 2.5;
        runner.run(app, nullptr, settling);
        settled = compilerResidentKb();
        // Drawn again whole: whatever a compile needs is mapped back as it runs.
        platform::RunLimits again;
        again.alwaysDraw = true;
        again.drawWhole = true;
        again.onFrame = [&](double) { return ++framesAfter < 3; };
        runner.run(app, nullptr, again);
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(setup.dataDir);

    EXPECT_GT(afterFirstFrames, 8 * 1024) << "the first frames' compiles ran libLLVM's code";
    EXPECT_LT(settled, 1024) << "libLLVM's code still mapped once the screen settled; after the first frames "
                             << afterFirstFrames << " kB";
    EXPECT_EQ(framesAfter, 3);
}

}  // namespace
}  // namespace kiosk
