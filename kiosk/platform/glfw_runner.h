#pragma once
// Owns GLFW, GL and the Dear ImGui backends, and runs the loop: block in glfwWaitEventsTimeout,
// draw only when the pacer says so. A static screen costs almost no CPU.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/frame_pacing.h"
#include "platform/frame_source.h"
#include "platform/gl_canvas.h"
#include "platform/partial_present.h"
#include "platform/service_notify.h"
#include "ui/draw_damage.h"

struct GLFWwindow;
struct GLFWmonitor;
struct ImGuiIO;

namespace kiosk {
class UiDriver;
}  // namespace kiosk
namespace kiosk::widgets {
class WidgetRegistry;
}  // namespace kiosk::widgets

namespace kiosk::platform {

class GlFrameTexture;
class GlxWindowContext;
class WindowInputs;

struct WindowParams {
    bool fullscreen = true;
    int width = 1920;
    int height = 1080;
    std::string title = "监督一点通";
    // The GL context made by the kiosk (platform/glx_window_context.h); false, or where that
    // cannot be had, GLFW makes it.
    bool ownGlContext = true;
};

// How the frames were drawn (bench figures): whole, only the part that changed (the camera
// picture, the slogan strip), or not at all because they repeated the last one.
struct FrameCounts {
    int whole = 0;
    int part = 0;
    int repeated = 0;
    int canvasCopies = 0;   // canvases shown by a copy, not drawn as a picture (platform/gl_canvas.h)
    int backendPasses = 0;  // passes of ImGui's renderer over the draw data (a part shown by copies alone: none)
};
// The frames drawn between two readings of the counts.
inline FrameCounts operator-(const FrameCounts& after, const FrameCounts& before) {
    return {after.whole - before.whole, after.part - before.part, after.repeated - before.repeated,
            after.canvasCopies - before.canvasCopies, after.backendPasses - before.backendPasses};
}

struct RunLimits {
    double maxSeconds = 0;    // 0: until exit (bench and tests set a limit)
    bool alwaysDraw = false;  // draw every loop pass (bench: frame cost)
    // Draw every frame whole, even one that repeats the last (bench: what a changed frame costs).
    bool drawWhole = false;
    // Measurement hook after each frame (CPU ms of the process for it); return false to stop.
    std::function<bool(double frameCpuMs)> onFrame;
    // Before each frame, after the backends read the devices: a finger of the bench's own (where
    // the pointer is and whether it is pressed), with the widgets the last frame drew.
    std::function<void(ImGuiIO&, const widgets::WidgetRegistry&)> beforeFrame;
    // Wait for GL to finish each frame before onFrame, so its CPU counts in that frame's figure.
    // Off when only the loop's total CPU matters: the wait itself costs the loop thread switches.
    bool finishEachFrame = true;
};

// The environment the window's libraries read (llvmpipe's threads, X's compose table), each
// left as it is where already set. Call before any other thread starts — setenv beside a
// getenv on another thread is unsafe — as the kiosk's main does; open() calls it too.
void setWindowEnvironment();

class GlfwRunner {
public:
    GlfwRunner();
    ~GlfwRunner();
    GlfwRunner(const GlfwRunner&) = delete;
    GlfwRunner& operator=(const GlfwRunner&) = delete;

    // Opens the window and the ImGui context; returns an error text on failure (no display...).
    std::optional<std::string> open(const WindowParams& params);
    // Wakes the loop from any thread.
    static void wake();
    // Thread-safe: a new camera picture to show — one frame, not the few an event owes.
    static void wakeForPicture();

    // Runs until the app asks to exit, the script ends (driver), or the limits say so.
    // Returns the process exit code.
    int run(FrameSource& app, UiDriver* driver, const RunLimits& limits = {});

    // The camera preview's texture: a frame that differs from the last only in its pixels
    // repaints just the picture's rectangle.
    void watchPicture(GlFrameTexture* texture) { picture_ = texture; }
    const FrameCounts& frameCounts() const { return counts_; }
    GLFWwindow* window() const { return window_; }
    // True when the kiosk made the window's GL context itself (platform/glx_window_context.h).
    bool ownsGlContext() const { return ownContext_ != nullptr; }

    // Saves the back buffer (call after rendering, before the swap).
    bool saveScreenshot(const std::string& path, std::string& error) const;
    // The back buffer's pixels, RGBA, rows top-down.
    std::vector<unsigned char> readBackBuffer(int& width, int& height) const;
    void framebufferSize(int& width, int& height) const;
    void shutdownBackends();

private:
    // Draws the app's frame: whole, or only the rectangle that changed when that is small (the
    // camera picture, the slogan strip), or not at all when it repeats the last. True when the
    // back buffer must be swapped.
    bool drawFrame(ImVec4 clearColor, int width, int height, bool whole);
    void renderWhole(ImDrawData* data, ImVec4 clearColor, int width, int height);
    void repaintPart(ImDrawData& data, ImVec4 clearColor, int width, int height, const ui::ScreenRect& damage);

    static GLFWwindow* openWindowWithGlfwContext(int width, int height, const std::string& title, GLFWmonitor* monitor);
    void swapBuffers();
    void setSwapInterval(int interval);

    GLFWwindow* window_ = nullptr;
    std::unique_ptr<GlxWindowContext> ownContext_;  // null: GLFW made the context
    std::unique_ptr<WindowInputs> inputs_;          // size, pointer and buttons, kept from GLFW's events
    GlFrameTexture* picture_ = nullptr;
    FrameCounts counts_;
    // Shows a rectangle of the back buffer (GL's bottom-left coordinates); empty when unsupported.
    PartialPresent presentPart_;
    ServiceNotifier service_;               // systemd: ready, and the watchdog fed from the loop
    std::vector<CanvasCopy> canvasCopies_;  // this frame's canvas copies (draw callbacks' data)
    // Each list's commands and indices as ImGui gave them, for each part anew.
    struct KeptList {
        std::vector<ImDrawCmd> commands;
        std::vector<ImDrawIdx> indices;
    };
    std::vector<KeptList> listsKept_;
    ui::DrawSignature lastFrame_;
    ui::DrawSignature thisFrame_;
    std::uint64_t lastTextureChanges_ = 0;
    bool fullscreen_ = false;
    bool backendsUp_ = false;
    bool firstScreenShown_ = false;  // the first frame swapped: the start is over
};

}  // namespace kiosk::platform
