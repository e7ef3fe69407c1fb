#pragma once
// The window's GL context made by the kiosk itself with GLX, on a window GLFW opened without
// one (GLFW_NO_API). GLFW would choose its framebuffer configuration by asking GLX about every
// attribute of every configuration the X server offers (~17 questions × 840 configurations on
// Xvfb), and Mesa answers each question by walking its list of configurations from the start:
// ~35 ms, twice (once for the window's visual, once for the context) — the largest part of
// opening the window. glXChooseFBConfig filters the same list once, inside Mesa, in 0.1 ms.
//
// The configuration has no depth, stencil or alpha buffer (the screens draw 2D with blending;
// llvmpipe clears a depth buffer it is given: 8 MB and ~35 ms of the start) and the window's
// pixel depth, so the window GLFW opened with the screen's own visual takes its images. When
// there is no such configuration, or GLX refuses the context, create() says why and the runner
// lets GLFW open its window the usual way.
#include <memory>
#include <string>

struct GLFWwindow;

namespace kiosk::platform {

class GlxWindowContext {
public:
    // A current GL 3.3 core context drawing to `window` (opened with GLFW_NO_API on X11), or
    // null with `whyNot` set.
    static std::unique_ptr<GlxWindowContext> create(GLFWwindow* window, std::string& whyNot);
    ~GlxWindowContext();
    GlxWindowContext(const GlxWindowContext&) = delete;
    GlxWindowContext& operator=(const GlxWindowContext&) = delete;

    void swapBuffers();
    // 1: wait for the display's refresh (where the driver can); software GL presents at once.
    void setSwapInterval(int interval);

private:
    struct Native;  // Xlib's types stay in the .cpp (its macros must not meet the rest of the kiosk)
    explicit GlxWindowContext(std::unique_ptr<Native> native);
    std::unique_ptr<Native> native_;
};

}  // namespace kiosk::platform
