// The window's GL context the kiosk makes itself (platform/glx_window_context.h), under Xvfb:
// a window GLFW opened without a context, a 3.3 core context without depth, stencil or alpha
// buffers, and what X shows after a swap is what was drawn — the home screen to the pixel as
// with the context GLFW makes, the runner's way where the kiosk's own cannot be had.
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "app/ui_driver.h"
#include "core/ui_script.h"
#include "platform/glfw_runner.h"
#include "platform/glx_window_context.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"
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

// The home screen as X shows it, a resident's tap away from the unattended display, drawn by the
// kiosk's runner with the context it makes (`ownGlContext`) or with GLFW's.
std::vector<unsigned char> homeAsShown(bool ownGlContext, bool& contextWasOwn) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-glx-context-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const AppSetup setup = testing::windowedDemoSetup((dir / "data").string());
    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    platform::WindowParams window{false, 800, 600, "runner context test"};
    window.ownGlContext = ownGlContext;
    std::vector<unsigned char> shown;
    if (!runner.open(window).has_value()) {
        contextWasOwn = runner.ownsGlContext();
        core::ManualClock clock;  // the same minute on both screens
        testing::GlApp glApp(runner, setup, {.clock = &clock});
        App& app = glApp.app();
        app.start();
        UiDriver driver(clock);
        driver.add(core::parseUiScript("tap attract.wake\nwait 1\nexpect screen home").steps);
        if (runner.run(app, &driver) == 0) {
            platform::RunLimits once;
            once.alwaysDraw = true;
            once.drawWhole = true;
            once.onFrame = [&](double) {
                shown = testing::windowPixels(runner.window(), 800, 600);
                return false;
            };
            runner.run(app, nullptr, once);
        }
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(dir);
    return shown;
}

TEST(GlxWindowContext, TheRunnersOwnContextShowsTheHomeScreenAsGlfwsDoes) {
    bool own = false;
    const std::vector<unsigned char> withOwn = homeAsShown(true, own);
    EXPECT_TRUE(own) << "the runner made its own context";
    bool glfwsWasOwn = true;
    const std::vector<unsigned char> withGlfws = homeAsShown(false, glfwsWasOwn);
    EXPECT_FALSE(glfwsWasOwn);
    ASSERT_EQ(withOwn.size(), 800u * 600u * 4u);
    ASSERT_EQ(withGlfws.size(), withOwn.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < withOwn.size(); ++i) differing += withOwn[i] != withGlfws[i];
    EXPECT_EQ(differing, 0u);
    // Not a blank window: the home screen's paper and its ink both show.
    std::size_t dark = 0;
    for (std::size_t i = 0; i < withOwn.size(); i += 4) dark += withOwn[i] < 80 && withOwn[i + 1] < 80;
    EXPECT_GT(dark, 1000u);
}

}  // namespace
}  // namespace kiosk
