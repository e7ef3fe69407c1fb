// The moving picture (a video slide, the camera) on the real GL path: shown at its own size on
// whole pixels, the frame loop copies it from its framebuffer instead of drawing it through the
// shader. The copy must be exactly what the shader draws — upright, every pixel — and anything
// else (scaled, between pixels) is left to the shader.
#include <gtest/gtest.h>

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"
#include "ui/draw_damage.h"

namespace kiosk {
namespace {

constexpr int kWidth = 301;  // odd sizes: no row padding or halving hides a mistake
constexpr int kHeight = 167;

// Every pixel its own colour (opaque, as video frames are), so a flip or a shift shows.
std::vector<unsigned char> patternPicture() {
    std::vector<unsigned char> rgba(static_cast<std::size_t>(kWidth) * kHeight * 4);
    std::uint32_t seed = 12345;
    for (std::size_t i = 0; i < rgba.size(); i += 4) {
        seed = seed * 1664525u + 1013904223u;
        rgba[i] = static_cast<unsigned char>(seed >> 24);
        rgba[i + 1] = static_cast<unsigned char>(seed >> 16);
        rgba[i + 2] = static_cast<unsigned char>(seed >> 8);
        rgba[i + 3] = 255;
    }
    return rgba;
}

class PictureCopy : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext(&bootAtlas_);
        ASSERT_FALSE(runner_.open({false, 800, 600, "picture copy test"}).has_value());
        runner_.framebufferSize(width_, height_);
        ImGui_ImplOpenGL3_NewFrame();  // the backend's shader and font texture
    }
    void TearDown() override {
        runner_.shutdownBackends();
        ImGui::DestroyContext();
    }

    // Draws `texture` into [min, max] on a cleared back buffer, copied where the loop would copy
    // it (`allowCopy`) or through the shader, and returns the screen's pixels top-down, RGBA.
    // `copies` says how many commands became copies.
    std::vector<unsigned char> draw(ImTextureID texture, ImVec2 min, ImVec2 max, bool allowCopy, std::size_t& copies) {
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width_), static_cast<float>(height_)));
        list.AddImage(texture, min, max);
        platform::OneListDrawData one(list, width_, height_);
        ImDrawData& data = one.data;
        std::vector<platform::CanvasCopy> made;
        if (allowCopy) platform::copyCanvasesInsteadOfDrawing(data, height_, made);
        copies = made.size();
        const std::vector<unsigned char> bottomUp = render(data);
        std::vector<unsigned char> topDown(bottomUp.size());
        const std::size_t row = static_cast<std::size_t>(width_) * 4;
        for (int y = 0; y < height_; ++y)
            std::copy_n(bottomUp.data() + static_cast<std::size_t>(height_ - 1 - y) * row, row,
                        topDown.data() + static_cast<std::size_t>(y) * row);
        return topDown;
    }

    // Renders `data` on a cleared back buffer and returns the screen's pixels bottom-up, RGBA.
    std::vector<unsigned char> render(ImDrawData& data) const {
        glViewport(0, 0, width_, height_);
        glDisable(GL_SCISSOR_TEST);
        glClearColor(0.1f, 0.2f, 0.3f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        std::vector<unsigned char> bottomUp(static_cast<std::size_t>(width_) * height_ * 4);
        glReadBuffer(GL_BACK);
        glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
        return bottomUp;
    }

    ImFontAtlas bootAtlas_;
    platform::GlfwRunner runner_;
    int width_ = 0;
    int height_ = 0;
};

TEST_F(PictureCopy, APictureAtItsOwnSizeIsCopiedAndLooksExactlyAsTheShaderDrawsIt) {
    const std::vector<unsigned char> picture = patternPicture();
    platform::GlFrameTexture frame;
    const std::optional<ui::TextureInfo> shown = frame.show(picture.data(), kWidth, kHeight);
    ASSERT_TRUE(shown.has_value());
    const ImVec2 min(120, 75);
    const ImVec2 max(120 + kWidth, 75 + kHeight);

    std::size_t copies = 0;
    const std::vector<unsigned char> copied = draw(shown->id, min, max, true, copies);
    EXPECT_EQ(copies, 1u) << "at its own size on whole pixels: a copy";
    const std::vector<unsigned char> shaded = draw(shown->id, min, max, false, copies);
    EXPECT_EQ(copies, 0u);

    std::size_t differing = 0;
    std::size_t notThePicture = 0;
    for (int y = 0; y < height_; ++y) {
        for (int x = 0; x < width_; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * width_ + x) * 4;
            if (std::equal(&copied[i], &copied[i + 3], &shaded[i]) == false) ++differing;
            const int px = x - static_cast<int>(min.x);
            const int py = y - static_cast<int>(min.y);
            if (px < 0 || py < 0 || px >= kWidth || py >= kHeight) continue;
            const std::size_t p = (static_cast<std::size_t>(py) * kWidth + px) * 4;
            if (std::equal(&copied[i], &copied[i + 3], &picture[p]) == false) ++notThePicture;
        }
    }
    EXPECT_EQ(differing, 0u) << "the copy and the shader's draw differ";
    EXPECT_EQ(notThePicture, 0u) << "the picture is not shown upright, pixel for pixel";

    // Scaled, or between pixels: the shader draws it.
    draw(shown->id, min, ImVec2(max.x + 10, max.y + 6), true, copies);
    EXPECT_EQ(copies, 0u) << "scaled";
    draw(shown->id, ImVec2(min.x + 0.5f, min.y), ImVec2(max.x + 0.5f, max.y), true, copies);
    EXPECT_EQ(copies, 0u) << "between pixels";
}

// Opaque under a copy: repainting just the picture's rectangle (a video frame, the strip's band),
// what ImGui drew under the picture is left out, what it drew over it is kept.
TEST_F(PictureCopy, WhatACopyFillingThePartHidesIsNotDrawnAndWhatLiesOverItIs) {
    const std::vector<unsigned char> picture = patternPicture();
    platform::GlFrameTexture frame;
    const std::optional<ui::TextureInfo> shown = frame.show(picture.data(), kWidth, kHeight);
    ASSERT_TRUE(shown.has_value());
    const ImVec2 min(120, 75);
    const ImVec2 max(120 + kWidth, 75 + kHeight);
    // The badge: one green pixel stretched (drawn by the shader, not a copy).
    const unsigned char greenPixel[4] = {0, 255, 0, 255};
    platform::GlFrameTexture badgeFrame;
    const std::optional<ui::TextureInfo> green = badgeFrame.show(greenPixel, 1, 1);
    ASSERT_TRUE(green.has_value());
    const ImVec2 badgeMin(min.x + 10, min.y + 10);
    const ImVec2 badgeMax(min.x + 40, min.y + 30);
    // The screen's commands: a panel under the picture, the picture, a badge over it. `clip` is
    // the picture's command's own clip rectangle.
    struct Screen {
        ImDrawList list;
        explicit Screen(ImDrawListSharedData* shared) : list(shared) { list._ResetForNewFrame(); }
    };
    // The panel is a plain fill: drawn or not, the test reads the commands, not its colour.
    auto build = [&](Screen& screen, ImVec2 clipMin, ImVec2 clipMax) {
        ImDrawList& list = screen.list;
        list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width_), static_cast<float>(height_)));
        list.AddRectFilled(ImVec2(min.x - 20, min.y - 20), ImVec2(max.x + 20, max.y + 20), IM_COL32(255, 0, 0, 255));
        list.PushClipRect(clipMin, clipMax);
        list.AddImage(shown->id, min, max);
        list.PopClipRect();
        list.AddImage(green->id, badgeMin, badgeMax);
    };

    {
        Screen screen(ImGui::GetDrawListSharedData());
        build(screen, min, max);
        platform::OneListDrawData one(screen.list, width_, height_);
        const ui::ScreenRect part{min, max};
        ui::clipDrawData(one.data, part);
        std::vector<platform::CanvasCopy> copies;
        platform::copyCanvasesInsteadOfDrawing(one.data, height_, copies);
        ASSERT_EQ(copies.size(), 1u);
        EXPECT_TRUE(platform::hideWhatACanvasCopyCovers(one.data, part));
        const ImVector<ImDrawCmd>& commands = screen.list.CmdBuffer;
        EXPECT_EQ(commands.front().ElemCount, 0u) << "the panel under the picture is still drawn";
        EXPECT_EQ(std::count_if(commands.begin(), commands.end(), [](const ImDrawCmd& c) { return c.UserCallback; }), 1)
            << "the picture is no longer copied";
        const auto badge = std::find_if(commands.begin(), commands.end(),
                                        [&](const ImDrawCmd& c) { return c.TextureId == green->id; });
        ASSERT_NE(badge, commands.end());
        EXPECT_EQ(badge->ElemCount, 6u) << "the badge over the picture was dropped";

        // Drawn, the part is the picture with the badge on it.
        const std::vector<unsigned char> bottomUp = render(one.data);
        std::size_t wrong = 0;
        for (int py = 0; py < kHeight; ++py) {
            for (int px = 0; px < kWidth; ++px) {
                const int x = static_cast<int>(min.x) + px;
                const int y = static_cast<int>(min.y) + py;
                const unsigned char* shownPixel =
                    &bottomUp[(static_cast<std::size_t>(height_ - 1 - y) * width_ + static_cast<std::size_t>(x)) * 4];
                const bool onBadge = x >= badgeMin.x && x < badgeMax.x && y >= badgeMin.y && y < badgeMax.y;
                const unsigned char badgeColour[3] = {0, 255, 0};
                const unsigned char* expected =
                    onBadge ? badgeColour
                            : &picture[(static_cast<std::size_t>(py) * kWidth + static_cast<std::size_t>(px)) * 4];
                if (!std::equal(shownPixel, shownPixel + 3, expected)) ++wrong;
            }
        }
        EXPECT_EQ(wrong, 0u) << "the part is not the picture with the badge on it";
    }
    {
        // A part larger than the picture: the panel shows around it and stays.
        Screen screen(ImGui::GetDrawListSharedData());
        build(screen, min, max);
        platform::OneListDrawData one(screen.list, width_, height_);
        const ui::ScreenRect part{ImVec2(min.x - 5, min.y), max};
        ui::clipDrawData(one.data, part);
        std::vector<platform::CanvasCopy> copies;
        platform::copyCanvasesInsteadOfDrawing(one.data, height_, copies);
        EXPECT_FALSE(platform::hideWhatACanvasCopyCovers(one.data, part));
        EXPECT_EQ(screen.list.CmdBuffer.front().ElemCount, 6u);
    }
    {
        // The picture clipped by its window short of the part's edge: the panel shows beside it.
        Screen screen(ImGui::GetDrawListSharedData());
        build(screen, min, ImVec2(max.x - 8, max.y));
        platform::OneListDrawData one(screen.list, width_, height_);
        const ui::ScreenRect part{min, max};
        ui::clipDrawData(one.data, part);
        std::vector<platform::CanvasCopy> copies;
        platform::copyCanvasesInsteadOfDrawing(one.data, height_, copies);
        ASSERT_EQ(copies.size(), 1u);
        EXPECT_FALSE(platform::hideWhatACanvasCopyCovers(one.data, part));
        EXPECT_EQ(screen.list.CmdBuffer.front().ElemCount, 6u);
    }
}

TEST_F(PictureCopy, APictureGoneIsNoLongerCopied) {
    const std::vector<unsigned char> picture = patternPicture();
    ImTextureID id{};
    {
        platform::GlFrameTexture frame;
        const std::optional<ui::TextureInfo> shown = frame.show(picture.data(), kWidth, kHeight);
        ASSERT_TRUE(shown.has_value());
        id = shown->id;
        EXPECT_TRUE(platform::canvasFramebuffer(id).has_value());
    }
    EXPECT_FALSE(platform::canvasFramebuffer(id).has_value()) << "its framebuffer went with it";
}

}  // namespace
}  // namespace kiosk
