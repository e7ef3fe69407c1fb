#include "platform/window_inputs.h"

#include <algorithm>
#include <cfloat>
#include <cstddef>

namespace kiosk::platform {

void WindowInputs::seed(int framebufferWidth, int framebufferHeight, double pointerX, double pointerY) {
    framebufferResized(framebufferWidth, framebufferHeight);
    pointerX_ = pointerX;
    pointerY_ = pointerY;
    pointerInside_ = pointerX >= 0 && pointerY >= 0 && pointerX < framebufferWidth && pointerY < framebufferHeight;
}

void WindowInputs::pointerMoved(double x, double y) {
    pointerX_ = x;
    pointerY_ = y;
    pointerInside_ = true;  // GLFW reports motion over its window (or while a button holds it)
}

void WindowInputs::pointerEntered(bool entered) {
    pointerInside_ = entered;
}

void WindowInputs::buttonChanged(int button, bool pressed) {
    if (button < 0 || static_cast<std::size_t>(button) >= down_.size()) return;
    const auto i = static_cast<std::size_t>(button);
    down_[i] = pressed;
    if (pressed) pressedSinceLastFrame_[i] = true;
}

void WindowInputs::framebufferResized(int width, int height) {
    framebufferWidth_ = width;
    framebufferHeight_ = height;
}

void WindowInputs::newFrame(ImGuiIO& io, double now) {
    io.DisplaySize = ImVec2(static_cast<float>(framebufferWidth_), static_cast<float>(framebufferHeight_));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    // ImGui asks for a step above zero; the first frame takes a 60 Hz one, as the backend did.
    io.DeltaTime = lastFrame_ < 0 ? 1.0f / 60.0f : std::max(static_cast<float>(now - lastFrame_), 1e-6f);
    lastFrame_ = now;
    io.MousePos = pointerInside_ ? ImVec2(static_cast<float>(pointerX_), static_cast<float>(pointerY_))
                                 : ImVec2(-FLT_MAX, -FLT_MAX);
    for (std::size_t i = 0; i < down_.size(); ++i) {
        io.MouseDown[i] = down_[i] || pressedSinceLastFrame_[i];
        pressedSinceLastFrame_[i] = false;
    }
}

}  // namespace kiosk::platform
