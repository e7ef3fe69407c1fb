// The slogan strip under Xvfb on the real GLFW/GL loop: as its text runs, only its band is
// repainted (a copy from the canvas the text was painted on once), and what X shows is exactly
// the frame a whole redraw gives — and exactly what drawing the text glyph by glyph gives.
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "app.h"
#include "config/kiosk_config.h"
#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"
#include "support/window_pixels.h"

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
        setup_.config.display.fullscreen = false;
        setup_.assetsDir = KIOSK_DEFAULT_ASSETS_DIR;
        ImGui::CreateContext(&bootAtlas_);
        ASSERT_FALSE(runner_.open({false, 1920, 1080, "ticker test"}).has_value());
        runner_.framebufferSize(width_, height_);
    }
    void TearDown() override {
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
        shot.counts = {runner_.frameCounts().whole - before.whole, runner_.frameCounts().part - before.part,
                       runner_.frameCounts().repeated - before.repeated};
        return shot;
    }
    App& app() { return *app_; }
    void startApp(ui::CanvasSource* canvases, const std::string& name) {
        setup_.dataDir = (dir_ / name).string();
        app_ = std::make_unique<App>(setup_, AppServices{clock_, *images_, fontTexture_, &platform::GlfwRunner::wake,
                                                         nullptr, nullptr, nullptr, canvases});
        app_->start();
        settle(*app_);
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
    AppSetup setup_;
    ImFontAtlas bootAtlas_;
    platform::GlfwRunner runner_;
    int width_ = 0;
    int height_ = 0;
    core::ManualClock clock_;
    platform::GlFontTexture fontTexture_;
    std::unique_ptr<platform::GlImageSource> images_ =
        std::make_unique<platform::GlImageSource>(&platform::GlfwRunner::wake);
    std::unique_ptr<App> app_;
};

TEST_F(TickerStripTest, OnlyTheStripsBandIsRepaintedAndTheScreenIsTheWholeFrame) {
    platform::GlCanvases canvases;
    startApp(&canvases, "copied");
    const Shot first = run(1);
    const Shot running = run(30);  // a second of the strip running
    const Shot whole = run(1, true);
    app_.reset();
    images_.reset();
    dump("ticker_running.png", running.pixels);
    dump("ticker_whole.png", whole.pixels);

    if (running.counts.part == 0) GTEST_SKIP() << "no GLX_MESA_copy_sub_buffer here: every frame is drawn whole";
    EXPECT_GE(running.counts.part, 29) << "each frame of the running strip repaints its band alone";
    EXPECT_EQ(running.counts.whole, 0);
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

TEST_F(TickerStripTest, TheCopiedCanvasLooksExactlyLikeTheTextDrawnGlyphByGlyph) {
    std::vector<unsigned char> copied;
    {
        platform::GlCanvases canvases;
        startApp(&canvases, "copied");
        run(20);
        copied = run(1, true).pixels;
        app_.reset();
    }
    startApp(nullptr, "drawn");  // no canvases: the strip draws its text every frame
    run(20);
    const std::vector<unsigned char> drawn = run(1, true).pixels;
    app_.reset();
    images_.reset();
    dump("ticker_copied.png", copied);
    dump("ticker_drawn.png", drawn);
    EXPECT_EQ(differing(copied, drawn), 0u);
}

}  // namespace
}  // namespace kiosk
