// The window's GL context the kiosk makes itself (platform/glx_window_context.h), under Xvfb:
// a window GLFW opened without a context, a 3.3 core context without depth, stencil or alpha
// buffers, and what X shows after a swap is what was drawn.
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "platform/glfw_runner.h"
#include "platform/glx_window_context.h"
#include "support/window_pixels.h"

namespace kiosk {
namespace {

int defaultFramebufferAttachment(GLenum attachment, GLenum what) {
    GLint bits = -1;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, attachment, what, &bits);
    return bits;
}

TEST(GlxWindowContext, DrawsToAWindowGlfwOpenedWithoutOneAndHasOnlyColourBuffers) {
    ASSERT_TRUE(glfwInit());
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    GLFWwindow* window = glfwCreateWindow(320, 240, "glx context test", nullptr, nullptr);
    ASSERT_NE(window, nullptr);
    std::string whyNot;
    std::unique_ptr<platform::GlxWindowContext> context = platform::GlxWindowContext::create(window, whyNot);
    ASSERT_NE(context, nullptr) << whyNot;

    GLint major = 0;
    GLint minor = 0;
    GLint profile = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    glGetIntegerv(GL_CONTEXT_PROFILE_MASK, &profile);
    EXPECT_GE(major * 10 + minor, 33);
    EXPECT_TRUE(profile & GL_CONTEXT_CORE_PROFILE_BIT);
    // No depth or stencil buffer at all: the attachment names no object.
    EXPECT_EQ(defaultFramebufferAttachment(GL_DEPTH, GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE), GL_NONE);
    EXPECT_EQ(defaultFramebufferAttachment(GL_STENCIL, GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE), GL_NONE);
    EXPECT_EQ(defaultFramebufferAttachment(GL_BACK_LEFT, GL_FRAMEBUFFER_ATTACHMENT_ALPHA_SIZE), 0);
    EXPECT_EQ(defaultFramebufferAttachment(GL_BACK_LEFT, GL_FRAMEBUFFER_ATTACHMENT_RED_SIZE), 8);

    context->setSwapInterval(1);
    for (const auto& [r, g, b] : {std::tuple{0, 128, 255}, std::tuple{250, 20, 60}}) {
        glViewport(0, 0, 320, 240);
        glClearColor(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f,
                     1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        context->swapBuffers();
        const std::vector<unsigned char> shown = testing::windowPixels(window, 320, 240);
        ASSERT_EQ(shown.size(), 320u * 240u * 4u);
        for (const std::size_t at : std::vector<std::size_t>{0, (120 * 320 + 160) * 4, shown.size() - 4}) {
            EXPECT_NEAR(shown[at], r, 1) << at;
            EXPECT_NEAR(shown[at + 1], g, 1) << at;
            EXPECT_NEAR(shown[at + 2], b, 1) << at;
        }
    }
    context.reset();
    glfwDestroyWindow(window);
    glfwTerminate();
}

TEST(GlxWindowContext, TheKiosksRunnerOpensItsWindowWithIt) {
    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 640, 480, "runner context test"}).has_value());
    EXPECT_TRUE(runner.ownsGlContext());
    runner.shutdownBackends();
    ImGui::DestroyContext();
}

}  // namespace
}  // namespace kiosk
