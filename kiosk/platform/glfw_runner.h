#pragma once
// Owns GLFW, GL and the Dear ImGui backends, and runs the loop: block in glfwWaitEventsTimeout,
// draw only when the pacer says so. A static screen costs almost no CPU.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/frame_pacing.h"

struct GLFWwindow;

namespace kiosk {
class App;
class UiDriver;
}  // namespace kiosk

namespace kiosk::platform {

struct WindowParams {
    bool fullscreen = true;
    int width = 1920;
    int height = 1080;
    std::string title = "监督一点通";
};

struct RunLimits {
    double maxSeconds = 0;    // 0: until exit (bench and tests set a limit)
    bool alwaysDraw = false;  // draw every loop pass (bench: frame cost)
    // Measurement hook after each frame (CPU ms of the process for it); return false to stop.
    std::function<bool(double frameCpuMs)> onFrame;
};

class GlfwRunner {
public:
    GlfwRunner() = default;
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
    int run(App& app, UiDriver* driver, const RunLimits& limits = {});

    // Saves the back buffer (call after rendering, before the swap).
    bool saveScreenshot(const std::string& path, std::string& error) const;
    void framebufferSize(int& width, int& height) const;
    void shutdownBackends();

private:
    GLFWwindow* window_ = nullptr;
    bool fullscreen_ = false;
    bool backendsUp_ = false;
};

}  // namespace kiosk::platform
