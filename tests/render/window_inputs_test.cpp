// The pointer as the X server reports it (XTest: the server's own fake device, its events the same
// as a mouse's or a touchscreen's pointer emulation) reaches the screens through the loop's kept
// inputs (platform/window_inputs.h), and a frame asks the X server nothing to learn it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "platform/glfw_runner.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"
#include "support/x_input.h"

namespace kiosk {
namespace {

struct Seen {
    ImVec2 pointer;
    bool pressed = false;
};

class WindowInputsTest : public ::testing::Test {
protected:
    void SetUp() override {
        setup_ = testing::windowedDemoSetup(
            (std::filesystem::temp_directory_path() / ("kiosk-inputs-" + std::to_string(::getpid()))).string());
        ImGui::CreateContext(&bootAtlas_);
        ASSERT_FALSE(runner_.open({false, 800, 600, "inputs test"}).has_value());
        app_ = std::make_unique<testing::GlApp>(runner_, setup_, testing::GlAppOptions{.clock = &clock_});
        app_->app().start();
        platform::RunLimits settle;
        settle.alwaysDraw = true;
        int frames = 0;
        settle.onFrame = [&](double) { return app_->app().animating() || ++frames < 5; };
        runner_.run(app_->app(), nullptr, settle);
    }
    void TearDown() override {
        app_.reset();
        runner_.shutdownBackends();
        ImGui::DestroyContext();
        std::filesystem::remove_all(setup_.dataDir);
    }

    // `frames` frames, drawn whether or not anything changed; what ImGui was told before each.
    std::vector<Seen> run(int frames) {
        std::vector<Seen> seen;
        platform::RunLimits limits;
        limits.alwaysDraw = true;
        limits.beforeFrame = [&](ImGuiIO& io, const widgets::WidgetRegistry&) {
            seen.push_back({io.MousePos, io.MouseDown[0]});
        };
        int drawn = 0;
        limits.onFrame = [&](double) { return ++drawn < frames; };
        runner_.run(app_->app(), nullptr, limits);
        return seen;
    }

    AppSetup setup_;
    ImFontAtlas bootAtlas_;
    platform::GlfwRunner runner_;
    core::ManualClock clock_;  // frozen: nothing on screen moves by itself
    std::unique_ptr<testing::GlApp> app_;
};

TEST_F(WindowInputsTest, ATapShorterThanAFrameOnTheUnattendedDisplayWakesTheKioskWhereThePointerIs) {
    ASSERT_EQ(app_->app().currentScreen(), core::ScreenId::Attract) << "the kiosk starts unattended";
    testing::movePointerTo(runner_.window(), 400, 300);
    // Down and up before the loop looks: the press must still count for a frame.
    testing::pressPointer(true);
    testing::pressPointer(false);
    const std::vector<Seen> seen = run(10);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front().pointer.x, 400.0f);
    EXPECT_EQ(seen.front().pointer.y, 300.0f);
    EXPECT_TRUE(seen.front().pressed) << "a press that came and went between two frames was lost";
    EXPECT_FALSE(seen.back().pressed) << "the button was let go";
    EXPECT_EQ(app_->app().currentScreen(), core::ScreenId::Home) << "the tap did not wake the kiosk";

    // Held over frames, then let go.
    testing::pressPointer(true);
    const std::vector<Seen> held = run(3);
    testing::pressPointer(false);
    const std::vector<Seen> released = run(2);
    for (const Seen& s : held) EXPECT_TRUE(s.pressed);
    EXPECT_FALSE(released.back().pressed);
}

TEST_F(WindowInputsTest, ThePointerGoneFromTheWindowHoversNothingThere) {
    testing::movePointerTo(runner_.window(), 120, 80);
    const std::vector<Seen> inside = run(2);
    EXPECT_EQ(inside.back().pointer.x, 120.0f);
    EXPECT_EQ(inside.back().pointer.y, 80.0f);

    testing::movePointerTo(runner_.window(), 820, 620);  // past the window's corner (the X screen is larger)
    const std::vector<Seen> outside = run(2);
    EXPECT_LT(outside.back().pointer.x, -1e30f) << "a widget under where the pointer was stays hovered";
}

// Without X's compose table (GLFW's runner sets XCOMPOSEFILE): plain keys still type.
TEST_F(WindowInputsTest, KeysTypedOnAKeyboardArriveAsText) {
    std::vector<ImWchar> typed;
    platform::RunLimits limits;
    limits.alwaysDraw = true;
    limits.beforeFrame = [&](ImGuiIO& io, const widgets::WidgetRegistry&) {
        typed.insert(typed.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    };
    int frames = 0;
    limits.onFrame = [&](double) { return ++frames < 3; };
    for (const char c : std::string("a7z")) testing::typeKey(c);
    runner_.run(app_->app(), nullptr, limits);
    EXPECT_EQ(std::string(typed.begin(), typed.end()), "a7z");
}

TEST_F(WindowInputsTest, AFrameThatRepeatsTheLastSendsTheXServerNothing) {
    // The ImGui backend's own frame asked for the window's size twice, the focus and the pointer
    // (four round trips); the loop asked for the size once more.
    const unsigned long before = testing::xRequestsSent();
    const platform::FrameCounts counted = runner_.frameCounts();
    run(20);
    const platform::FrameCounts drawn = runner_.frameCounts() - counted;
    ASSERT_GE(drawn.repeated, 19) << "the still screen was drawn again";
    EXPECT_EQ(testing::xRequestsSent() - before, 0ul) << "requests sent to the X server over 20 still frames";
}

}  // namespace
}  // namespace kiosk
