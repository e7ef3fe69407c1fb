// The moving picture (a video slide, the camera) on the real GL path: shown at its own size on
// whole pixels, the frame loop copies it from its framebuffer instead of drawing it through the
// shader. The copy must be exactly what the shader draws — upright, every pixel — and anything
// else (scaled, between pixels) is left to the shader.
#include <gtest/gtest.h>

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include <cstdint>
#include <vector>

#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"

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
        glViewport(0, 0, width_, height_);
        glDisable(GL_SCISSOR_TEST);
        glClearColor(0.1f, 0.2f, 0.3f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        std::vector<unsigned char> bottomUp(static_cast<std::size_t>(width_) * height_ * 4);
        glReadBuffer(GL_BACK);
        glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
        std::vector<unsigned char> topDown(bottomUp.size());
        const std::size_t row = static_cast<std::size_t>(width_) * 4;
        for (int y = 0; y < height_; ++y)
            std::copy_n(bottomUp.data() + static_cast<std::size_t>(height_ - 1 - y) * row, row,
                        topDown.data() + static_cast<std::size_t>(y) * row);
        return topDown;
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
