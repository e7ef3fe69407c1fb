#include "support/draw_list_test.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include "platform/gl_canvas.h"

namespace kiosk::testing {

void DrawListTest::SetUp() {
    ImGui::CreateContext(&bootAtlas_);
    ASSERT_FALSE(runner_.open({false, 640, 480, "draw list test"}).has_value());
    runner_.framebufferSize(width_, height_);
    ImGui_ImplOpenGL3_NewFrame();  // the backend's shader and font texture
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
    ImGui::NewFrame();  // the draw lists' white pixel and font
}

void DrawListTest::TearDown() {
    ImGui::EndFrame();
    runner_.shutdownBackends();
    ImGui::DestroyContext();
}

std::vector<unsigned char> DrawListTest::draw(const std::function<void(ImDrawList&)>& paint,
                                              const std::function<void(ImDrawData&)>& pass) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width_), static_cast<float>(height_)));
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    paint(list);
    platform::OneListDrawData one(list, width_, height_);
    if (pass) pass(one.data);
    glViewport(0, 0, width_, height_);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0.95f, 0.93f, 0.88f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(&one.data);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width_) * height_ * 4);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return pixels;
}

std::size_t DrawListTest::differingPixels(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
    std::size_t differing = 0;
    for (std::size_t i = 0; i + 2 < a.size() && i + 2 < b.size(); i += 4)
        if (a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2]) ++differing;
    return differing;
}

}  // namespace kiosk::testing
