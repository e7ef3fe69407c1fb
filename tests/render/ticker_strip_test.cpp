// The slogan strip under Xvfb on the real GLFW/GL loop: as its text runs, only its band is
// repainted (a copy from the canvas the text was painted on once), and what X shows is exactly
// the frame a whole redraw gives — and exactly what drawing the text glyph by glyph gives.
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

#include "platform/glfw_runner.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"
#include "support/window_pixels.h"
#include "ui/draw_damage.h"

namespace kiosk {
namespace {

constexpr double kFrame = 1.0 / 30.0;

struct Shot {
    std::vector<unsigned char> pixels;
    platform::FrameCounts counts;
};

class TickerStripTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("kiosk-ticker-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir_);
        ImGui::CreateContext(&bootAtlas_);
        ASSERT_FALSE(runner_.open({false, 1920, 1080, "ticker test"}).has_value());
        runner_.framebufferSize(width_, height_);
    }
    void TearDown() override {
        app_.reset();  // also when a test stopped halfway: the app goes before the ImGui context
        runner_.shutdownBackends();
        ImGui::DestroyContext();
        std::filesystem::remove_all(dir_);
    }

    // Frames drawn until the app settled (content, fonts, pictures), the clock moving a frame's
    // time each: the unattended display with its strip just started.
    void settle(App& app) {
        platform::RunLimits limits;
        limits.alwaysDraw = true;
        int frames = 0;
        limits.onFrame = [&](double) { return app.animating() || ++frames < 5; };
        runner_.run(app, nullptr, limits);
    }
    // `frames` frames as the loop decides to draw them, the strip running a frame's time each.
    Shot run(int frames, bool whole = false) {
        Shot shot;
        const platform::FrameCounts before = runner_.frameCounts();
        platform::RunLimits limits;
        limits.alwaysDraw = true;
        limits.drawWhole = whole;
        int drawn = 0;
        limits.onFrame = [&](double) {
            if (++drawn < frames) {
                clock_.advance(core::Seconds{kFrame});
                return true;
            }
            shot.pixels = testing::windowPixels(runner_.window(), width_, height_);
            return false;
        };
        runner_.run(app(), nullptr, limits);
        const platform::FrameCounts& after = runner_.frameCounts();
        shot.counts = after - before;
        return shot;
    }
    App& app() { return app_->app(); }
    // An app on this test's clock, its data in the folder `name`.
    void startApp(const std::string& name, testing::GlAppOptions options) {
        setup_.dataDir = (dir_ / name).string();
        options.clock = &clock_;
        app_ = std::make_unique<testing::GlApp>(runner_, setup_, options);
        app().start();
        settle(app());
    }
    std::size_t differing(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) const {
        std::size_t n = 0;
        for (std::size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4) {
            if (a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2]) ++n;
        }
        return n;
    }
    void dump(const char* name, const std::vector<unsigned char>& pixels) const {
        if (const char* dir = std::getenv("KIOSK_DUMP_DIR"))
            stbi_write_png((std::string(dir) + "/" + name).c_str(), width_, height_, 4, pixels.data(), width_ * 4);
    }

    std::filesystem::path dir_;
    AppSetup setup_ = testing::windowedDemoSetup("");  // each app's data folder: startApp
    ImFontAtlas bootAtlas_;
    platform::GlfwRunner runner_;
    int width_ = 0;
    int height_ = 0;
    core::ManualClock clock_;
    std::unique_ptr<testing::GlApp> app_;
};

TEST_F(TickerStripTest, OnlyTheStripsBandIsRepaintedAndTheScreenIsTheWholeFrame) {
    startApp("copied", {.canvases = true});
    const Shot first = run(1);
    const Shot running = run(30);  // a second of the strip running
    const Shot whole = run(1, true);
    app_.reset();
    dump("ticker_running.png", running.pixels);
    dump("ticker_whole.png", whole.pixels);

    if (running.counts.part == 0) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    EXPECT_GE(running.counts.part, 29) << "each frame of the running strip repaints its band alone";
    EXPECT_EQ(running.counts.whole, 0);
    EXPECT_EQ(running.counts.backendPasses, 0)
        << "the band's frames are its canvas's copy alone: what lies under the copy is not drawn";
    EXPECT_EQ(differing(running.pixels, whole.pixels), 0u) << "what X shows differs from a whole redraw";
    // The text moved: a second at 2.5 characters a second changes the band, and only the band.
    std::size_t changedRows = 0;
    int firstRow = height_;
    int lastRow = -1;
    for (int y = 0; y < height_; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) * 4;
        const std::vector<unsigned char> a(first.pixels.begin() + static_cast<long>(row),
                                           first.pixels.begin() + static_cast<long>(row) + width_ * 4);
        const std::vector<unsigned char> b(running.pixels.begin() + static_cast<long>(row),
                                           running.pixels.begin() + static_cast<long>(row) + width_ * 4);
        if (a == b) continue;
        ++changedRows;
        firstRow = std::min(firstRow, y);
        lastRow = std::max(lastRow, y);
    }
    EXPECT_GT(changedRows, 30u) << "the running text moved";
    EXPECT_LT(lastRow - firstRow, 120) << "rows " << firstRow << ".." << lastRow << " changed: more than the band";
}

// The window's first frame draws the strip's canvas as a picture (the copy's blit shader is
// compiled after the first screen is up); the frames after it copy the canvas: the same pixels.
TEST_F(TickerStripTest, TheFirstFrameDrawsTheCanvasAsAPictureThatLooksExactlyLikeItsCopies) {
    setup_.dataDir = (dir_ / "first").string();
    testing::GlAppOptions options{.canvases = true};
    options.clock = &clock_;
    app_ = std::make_unique<testing::GlApp>(runner_, setup_, options);
    app().start();
    const Shot first = run(1, true);  // the window's first frame: the clock does not move
    const Shot second = run(1, true);
    app_.reset();
    dump("ticker_first_frame.png", first.pixels);
    dump("ticker_second_frame.png", second.pixels);
    EXPECT_EQ(first.counts.canvasCopies, 0) << "the first frame copied a canvas";
    EXPECT_GE(second.counts.canvasCopies, 1) << "the strip's canvas was not copied after the first frame";
    // The strip's band: the rows its yellow shows in at the screen's edges (the slide's picture
    // above it may still be loading at the first frame, so the rest of the screen can differ).
    auto yellow = [&](int x, int y) {
        const unsigned char* p = &second.pixels[(static_cast<std::size_t>(y) * width_ + x) * 4];
        return p[0] > 200 && p[1] > 180 && p[2] < 160;
    };
    int top = height_;
    int bottom = -1;
    for (int y = 0; y < height_; ++y) {
        if (yellow(1, y) || yellow(width_ - 2, y)) {  // the strip runs edge to edge; nothing else does
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    ASSERT_GT(bottom - top, 40) << "no strip on the screen";
    const auto rows = [&](const Shot& shot) {
        const auto begin = shot.pixels.begin() + static_cast<long>(top) * width_ * 4;
        return std::vector<unsigned char>(begin, begin + static_cast<long>(bottom - top + 1) * width_ * 4);
    };
    EXPECT_EQ(differing(rows(first), rows(second)), 0u) << "the strip's rows " << top << ".." << bottom;
}

TEST_F(TickerStripTest, TheCopiedCanvasLooksExactlyLikeTheTextDrawnGlyphByGlyph) {
    startApp("copied", {.canvases = true});
    run(20);
    const std::vector<unsigned char> copied = run(1, true).pixels;
    app_.reset();
    startApp("drawn", {});  // no canvases: the strip draws its text every frame
    run(20);
    const std::vector<unsigned char> drawn = run(1, true).pixels;
    app_.reset();
    dump("ticker_copied.png", copied);
    dump("ticker_drawn.png", drawn);
    EXPECT_EQ(differing(copied, drawn), 0u);
}

// A video announcement with the strip running: each frame repaints the video's rectangle and the
// strip's band apart (not the half screen round both), and X shows what a whole redraw does.
TEST_F(TickerStripTest, AVideoAndTheStripRepaintTheirOwnRectanglesAndTheScreenIsTheWholeFrame) {
    // The promotional video alone in the loop, with the slogans.
    const testing::AnnouncementsFile videos = testing::demoAnnouncements(setup_.assetsDir, dir_.string(), true);
    ASSERT_EQ(videos.kept, 1u);
    setup_.bundledAnnouncements = videos.path;

    startApp("video", {.picture = true, .canvases = true});
    ASSERT_NE(app().attractVideo(), nullptr);
    // Frames in real time (the video decodes at its own pace), the strip a frame's time each.
    platform::RunLimits limits;
    limits.alwaysDraw = true;
    int frames = 0;
    const platform::FrameCounts before = runner_.frameCounts();
    limits.onFrame = [&](double) {
        if (++frames >= 60) return false;  // the clock stands from here: the whole redraws match
        clock_.advance(core::Seconds{kFrame});
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return true;
    };
    runner_.run(app(), nullptr, limits);
    const std::uint64_t decoded = app().attractVideo()->status().frames;
    const std::vector<unsigned char> shown = testing::windowPixels(runner_.window(), width_, height_);
    const platform::FrameCounts after = runner_.frameCounts();
    const Shot whole = run(1, true);  // the clock stands: only the video may differ
    // Where the video shows: the draw data's commands that use its texture (the whole redraw's,
    // unclipped). Not where its pixels were seen to move: a part of the film can stand still
    // for seconds (a title band) and differ from the frame on screen before.
    const std::optional<ImTextureID> videoTexture = app_->pictureTexture();
    ASSERT_TRUE(videoTexture.has_value());
    const std::optional<ui::ScreenRect> video = ui::textureFootprint(*ImGui::GetDrawData(), *videoTexture);
    const std::shared_ptr<const platform::CameraFrame> lastFrame = app().attractVideo()->latest();
    const bool copyable = platform::canvasFramebuffer(*videoTexture).has_value();
    app_.reset();
    dump("video_running.png", shown);
    dump("video_whole.png", whole.pixels);

    ASSERT_GE(decoded, 10u) << "the video plays";
    ASSERT_TRUE(video.has_value()) << "the video is drawn";
    // Decoded at the size it is shown, on whole pixels: each frame is copied to the screen.
    ASSERT_NE(lastFrame, nullptr);
    EXPECT_EQ(video->max.x - video->min.x, static_cast<float>(lastFrame->width));
    EXPECT_EQ(video->max.y - video->min.y, static_cast<float>(lastFrame->height));
    EXPECT_EQ(video->min.x, std::round(video->min.x));
    EXPECT_EQ(video->min.y, std::round(video->min.y));
    EXPECT_TRUE(copyable) << "the loop may copy the video's frames from their framebuffer";
    if (after.part == before.part) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    EXPECT_EQ(after.whole, before.whole);
    // Nothing but copies in either part: what ImGui drew under the video and the band is left out,
    // and the screen's other shapes and text lie outside them.
    EXPECT_EQ(after.backendPasses, before.backendPasses) << "a part of a video frame needed ImGui's renderer";
    // Outside the video, what X showed after the part repaints is the whole frame's.
    const int boxX0 = static_cast<int>(std::floor(video->min.x));
    const int boxY0 = static_cast<int>(std::floor(video->min.y));
    const int boxX1 = static_cast<int>(std::ceil(video->max.x)) - 1;
    const int boxY1 = static_cast<int>(std::ceil(video->max.y)) - 1;
    auto samePixel = [](const std::vector<unsigned char>& a, const std::vector<unsigned char>& b, std::size_t i) {
        return a[i] == b[i] && a[i + 1] == b[i + 1] && a[i + 2] == b[i + 2];
    };
    std::size_t compared = 0;
    std::size_t wrong = 0;
    int minX = width_, minY = height_, maxX = -1, maxY = -1;
    for (std::size_t i = 0; i + 3 < shown.size(); i += 4) {
        const int x = static_cast<int>(i / 4) % width_;
        const int y = static_cast<int>(i / 4) / width_;
        if (x >= boxX0 && x <= boxX1 && y >= boxY0 && y <= boxY1) continue;
        ++compared;
        if (!samePixel(shown, whole.pixels, i)) {
            ++wrong;
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
    }
    EXPECT_GT(compared, shown.size() / 4 / 2) << "most of the screen stands still";
    EXPECT_EQ(wrong, 0u) << "in x " << minX << ".." << maxX << ", y " << minY << ".." << maxY;
}

}  // namespace
}  // namespace kiosk
