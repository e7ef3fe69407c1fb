// The real GLFW/GL loop under Xvfb with a live camera on 扫码: frames where only the camera's
// pixels change repaint just the picture (GLX_MESA_copy_sub_buffer). What the window shows must
// still be exactly the frame a whole redraw gives — apart from which camera picture is newest.
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "app/ui_driver.h"
#include "core/ui_script.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"
#include "support/test_camera.h"
#include "support/window_pixels.h"
#include "widgets/widget_registry.h"

namespace kiosk {
namespace {

bool isCameraColour(const unsigned char* p) {
    const bool red = p[0] > 240 && p[1] < 15 && p[2] < 15;
    const bool blue = p[0] < 15 && p[1] < 15 && p[2] > 240;
    return red || blue;
}

TEST(PartialPresent, TheWindowShowsTheWholeFrameWithTheNewestPicture) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-partial-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "camera");
    // A camera whose pictures alternate: all red, all blue.
    for (int i = 0; i < 2; ++i) {
        std::vector<unsigned char> rgb(1280 * 720 * 3, 0);
        for (std::size_t p = 0; p < rgb.size(); p += 3) rgb[p + (i == 0 ? 0 : 2)] = 255;
        const std::string name = "00" + std::to_string(i) + ".png";
        stbi_write_png((dir / "camera" / name).c_str(), 1280, 720, 3, rgb.data(), 1280 * 3);
    }
    AppSetup setup = testing::windowedDemoSetup((dir / "data").string());
    setup.config.camera.pipeline = testing::filesCameraPipeline(dir / "camera");

    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 1920, 1080, "partial present test"}).has_value());
    int width = 0;
    int height = 0;
    runner.framebufferSize(width, height);
    std::vector<unsigned char> shown;
    std::vector<unsigned char> whole;
    platform::FrameCounts counts;
    {
        testing::GlApp glApp(runner, setup, {.picture = true});  // the runner watches the camera's picture
        App& app = glApp.app();
        app.start();
        core::ManualClock tapClock;
        UiDriver driver(tapClock);
        driver.add(core::parseUiScript("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr").steps);
        ASSERT_EQ(runner.run(app, &driver), 0);

        // As the kiosk runs for a resident: the loop decides how each frame is drawn.
        const platform::FrameCounts before = runner.frameCounts();
        platform::RunLimits live;
        live.maxSeconds = 2.5;
        live.onFrame = [&](double) {
            shown = testing::windowPixels(runner.window(), width, height);
            return true;
        };
        runner.run(app, nullptr, live);
        counts.whole = runner.frameCounts().whole - before.whole;
        counts.part = runner.frameCounts().part - before.part;

        // The same screen drawn whole, once.
        platform::RunLimits once;
        once.alwaysDraw = true;
        once.drawWhole = true;
        once.onFrame = [&](double) {
            whole = testing::windowPixels(runner.window(), width, height);
            return false;
        };
        runner.run(app, nullptr, once);
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(dir);

    if (const char* dump = std::getenv("KIOSK_DUMP_FRONT"))
        stbi_write_png(dump, width, height, 4, shown.data(), width * 4);
    if (counts.part == 0) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    EXPECT_GE(counts.part, 10) << "a 10 fps camera for 2.5 s repaints its picture by itself";
    ASSERT_EQ(shown.size(), whole.size());
    // The picture's rectangle: where the whole redraw shows camera colours. What is drawn over it
    // (the guide marks' soft edges) blends with the picture and may differ too.
    int left = width;
    int right = -1;
    int top = height;
    int bottom = -1;
    std::size_t cameraPixels = 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!isCameraColour(&whole[(static_cast<std::size_t>(y) * width + x) * 4])) continue;
            ++cameraPixels;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    EXPECT_GT(cameraPixels, static_cast<std::size_t>(width) * height / 10) << "the camera picture is on screen";
    std::size_t differing = 0;
    std::size_t stale = 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
            if (shown[i] == whole[i] && shown[i + 1] == whole[i + 1] && shown[i + 2] == whole[i + 2]) continue;
            ++differing;
            if (x < left - 1 || x > right + 1 || y < top - 1 || y > bottom + 1) ++stale;
        }
    }
    EXPECT_EQ(stale, 0u) << "pixels outside the camera picture differ from a whole redraw (" << differing
                         << " differ in all)";
}

// A screen of its own for the runner: a scaled picture near one corner (drawn by the shader) whose
// pixels change every frame, and a square near the opposite corner whose colour does — two small
// rectangles far apart, each repainted as a part of its own and each needing ImGui's renderer.
class TwoChangingCorners final : public platform::FrameSource {
public:
    explicit TwoChangingCorners(platform::GlFrameTexture& picture) : picture_(picture) {}
    void frame() override {
        if (!frozen_) ++frame_;
        std::vector<unsigned char> rgba(static_cast<std::size_t>(kPictureW) * kPictureH * 4);
        for (std::size_t i = 0; i < rgba.size(); i += 4) {
            rgba[i] = static_cast<unsigned char>(40 * frame_ + i / 4 % kPictureW);
            rgba[i + 1] = static_cast<unsigned char>(i / 4 / kPictureW * 3);
            rgba[i + 2] = static_cast<unsigned char>(255 - 30 * frame_);
            rgba[i + 3] = 255;
        }
        const auto shown = picture_.show(rgba.data(), kPictureW, kPictureH);
        ImGui::NewFrame();
        ImDrawList* dl = ImGui::GetBackgroundDrawList();
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), IM_COL32(230, 225, 210, 255));
        // Shapes standing still between the corners, drawn before the picture: many indices ahead of
        // its own, which each part leaves out.
        for (int i = 0; i < 120; ++i) {
            const float x = 250.0f + static_cast<float>(i % 12) * 25.0f;
            const float y = 200.0f + static_cast<float>(i / 12) * 20.0f;
            dl->AddRectFilled(ImVec2(x, y), ImVec2(x + 18, y + 14), IM_COL32(20, 60, 120, 255));
        }
        if (shown) dl->AddImage(shown->id, ImVec2(20, 20), ImVec2(20 + 2 * kPictureW, 20 + 2 * kPictureH));
        dl->AddRectFilled(ImVec2(720, 520), ImVec2(770, 570),
                          IM_COL32(static_cast<int>(50 * frame_ % 256), 200, 90, 255));
        ImGui::Render();
    }
    core::SteadyTime nextDue() const override { return clock_.now(); }
    const core::Clock& clock() const override { return clock_; }
    bool animating() const override { return false; }
    bool moving() const override { return true; }
    std::optional<int> exitCode() const override { return std::nullopt; }
    ImVec4 clearColor() const override { return ImVec4(0, 0, 0, 1); }
    const widgets::WidgetRegistry& registry() const override { return registry_; }
    core::ScreenId currentScreen() const override { return core::ScreenId::Home; }
    // From now on every frame is the last one again.
    void freeze() { frozen_ = true; }

private:
    static constexpr int kPictureW = 90;
    static constexpr int kPictureH = 60;
    platform::GlFrameTexture& picture_;
    core::ManualClock clock_;
    widgets::WidgetRegistry registry_;
    int frame_ = 0;
    bool frozen_ = false;
};

TEST(PartialPresent, TwoFarApartPartsEachDrawnByTheRendererShowTheWholeFrame) {
    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 800, 600, "two parts test"}).has_value());
    std::vector<unsigned char> shown;
    std::vector<unsigned char> whole;
    platform::FrameCounts counted;
    {
        platform::GlFrameTexture picture;
        runner.watchPicture(&picture);
        TwoChangingCorners screen(picture);
        platform::RunLimits settle;
        settle.alwaysDraw = true;
        int frames = 0;
        settle.onFrame = [&](double) { return ++frames < 3; };
        runner.run(screen, nullptr, settle);

        const platform::FrameCounts before = runner.frameCounts();
        platform::RunLimits live = settle;
        frames = 0;
        live.onFrame = [&](double) { return ++frames < 6; };
        runner.run(screen, nullptr, live);
        counted = runner.frameCounts() - before;
        shown = testing::windowPixels(runner.window(), 800, 600);
        // The same frame drawn whole.
        screen.freeze();
        platform::RunLimits once;
        once.alwaysDraw = true;
        once.drawWhole = true;
        once.onFrame = [](double) { return false; };
        runner.run(screen, nullptr, once);
        whole = testing::windowPixels(runner.window(), 800, 600);
        runner.watchPicture(nullptr);
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    if (counted.part == 0) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    EXPECT_EQ(counted.whole, 0);
    EXPECT_GE(counted.part, 5);
    EXPECT_EQ(counted.backendPasses, 2 * counted.part) << "two parts a frame, each drawn by ImGui's renderer";
    ASSERT_EQ(shown.size(), whole.size());
    ASSERT_FALSE(shown.empty());
    std::size_t differing = 0;
    for (std::size_t i = 0; i + 2 < shown.size(); i += 4)
        if (shown[i] != whole[i] || shown[i + 1] != whole[i + 1] || shown[i + 2] != whole[i + 2]) ++differing;
    EXPECT_EQ(differing, 0u) << "what X shows after the two-part frames differs from a whole redraw";
}

// A finger on the home screen: the pressed tile is repainted by itself (its triangles alone changed
// in the screen's one window), and the window then shows exactly what a whole redraw shows —
// pressed, and again after the finger slid off and lifted.
TEST(PartialPresent, APressedTileIsRepaintedAloneAndTheWindowShowsTheWholeFrame) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-press-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    AppSetup setup = testing::windowedDemoSetup((dir / "data").string());
    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 1920, 1080, "partial press test"}).has_value());
    int width = 0;
    int height = 0;
    runner.framebufferSize(width, height);
    struct Shot {
        std::vector<unsigned char> shown;  // after frames the loop drew as it would for a resident
        std::vector<unsigned char> whole;  // the same input, drawn whole
    };
    std::vector<unsigned char> untouched;
    Shot pressed;
    Shot slidOff;
    int partFrames = 0;
    {
        testing::GlApp glApp(runner, setup, {});
        App& app = glApp.app();
        app.start();
        core::ManualClock tapClock;
        UiDriver driver(tapClock);
        driver.add(core::parseUiScript("tap attract.wake\nexpect screen home").steps);
        ASSERT_EQ(runner.run(app, &driver), 0);
        ImVec2 tile{-1, -1};
        ImVec2 beside{};
        bool down = false;
        ImVec2 finger{-FLT_MAX, -FLT_MAX};
        const auto hand = [&](ImGuiIO& io, const widgets::WidgetRegistry& drawn) {
            if (tile.x < 0) {
                const auto found = drawn.find("home.tile.disclosure");
                if (!found.empty()) {
                    tile = found.front()->center();
                    beside = ImVec2(found.front()->min.x + 4, found.front()->min.y - 8);
                }
            }
            io.MousePos = finger;
            io.MouseDown[0] = down;
        };
        const auto frames = [&](int count, bool drawWhole) {
            std::vector<unsigned char> last;
            int drawn = 0;
            platform::RunLimits limits;
            limits.alwaysDraw = true;
            limits.drawWhole = drawWhole;
            limits.beforeFrame = hand;
            limits.onFrame = [&](double) {
                last = testing::windowPixels(runner.window(), width, height);
                return ++drawn < count;
            };
            runner.run(app, nullptr, limits);
            return last;
        };
        untouched = frames(3, false);  // the finger not yet there; the tile's place found
        ASSERT_GE(tile.x, 0) << "home shows the 公开 tile";
        const int partsBefore = runner.frameCounts().part;
        finger = tile;
        down = true;
        pressed.shown = frames(3, false);
        pressed.whole = frames(1, true);
        finger = beside;
        slidOff.shown = frames(2, false);
        down = false;
        slidOff.shown = frames(2, false);
        slidOff.whole = frames(1, true);
        partFrames = runner.frameCounts().part - partsBefore;
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(dir);

    if (partFrames == 0) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    const auto differing = [](const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
        std::size_t n = 0;
        for (std::size_t i = 0; i + 3 < std::min(a.size(), b.size()); i += 4) {
            n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2] ? 1 : 0;
        }
        return n;
    };
    ASSERT_EQ(pressed.shown.size(), pressed.whole.size());
    EXPECT_GT(differing(untouched, pressed.whole), 1000u) << "the pressed tile looks pressed";
    EXPECT_EQ(differing(pressed.shown, pressed.whole), 0u) << "pressed: the window differs from a whole redraw";
    EXPECT_EQ(differing(slidOff.shown, slidOff.whole), 0u) << "slid off: the window differs from a whole redraw";
    EXPECT_EQ(differing(slidOff.shown, untouched), 0u) << "lifted off the tile: nothing opened, home as it was";
}

}  // namespace
}  // namespace kiosk
