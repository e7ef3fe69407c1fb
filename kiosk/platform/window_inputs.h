#pragma once
// What Dear ImGui needs from the window each frame — the framebuffer's size, where the pointer is,
// which buttons are down — kept from GLFW's events as they arrive instead of asked of the X server
// every frame. ImGui 1.86's GLFW backend asks with four round trips a frame (the window's size
// and its framebuffer's, each an XGetWindowAttributes; the focus, XGetInputFocus; the pointer,
// XQueryPointer) and the loop asked for the size once more: on these cores ~16 % of the main
// thread's CPU in the announcement loop, where nothing of it ever changes. The backend's own
// callbacks still feed keys, text, the wheel and the focus (ImGui_ImplGlfw_InitForOpenGL with its
// callbacks installed); this replaces only ImGui_ImplGlfw_NewFrame. The pointer's shape is left
// alone: hidden on the full-screen kiosk (the backend's per-frame cursor update set it visible
// again and flushed X every frame), the arrow in a window.
#include <imgui.h>

#include <array>

namespace kiosk::platform {

class WindowInputs {
public:
    // The state when the window opens (one round trip each, once).
    void seed(int framebufferWidth, int framebufferHeight, double pointerX, double pointerY);

    // From GLFW's callbacks.
    void pointerMoved(double x, double y);
    void pointerEntered(bool entered);
    void buttonChanged(int button, bool pressed);
    void framebufferResized(int width, int height);

    int framebufferWidth() const { return framebufferWidth_; }
    int framebufferHeight() const { return framebufferHeight_; }

    // ImGui's platform inputs for a new frame at `now` (seconds): the display size (the
    // framebuffer's), the time step, the pointer (off the screen while it is outside the window)
    // and the buttons — a press that came and went between two frames counts as held for one.
    void newFrame(ImGuiIO& io, double now);

private:
    int framebufferWidth_ = 0;
    int framebufferHeight_ = 0;
    double pointerX_ = 0;
    double pointerY_ = 0;
    bool pointerInside_ = false;
    std::array<bool, 5> down_{};
    std::array<bool, 5> pressedSinceLastFrame_{};
    double lastFrame_ = -1;
};

}  // namespace kiosk::platform
