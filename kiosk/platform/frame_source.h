#pragma once
// What the runner (platform/glfw_runner) shows and asks: one frame at a time, when the next one is
// due, whether something moves. The kiosk's App is one; the runner knows nothing else of it.
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/screen_id.h"
#include "widgets/widget_registry.h"

namespace kiosk::platform {

class FrameSource {
public:
    virtual ~FrameSource() = default;

    // One frame: NewFrame .. Render (the runner has begun the backends' frame and presents it).
    virtual void frame() = 0;
    virtual core::SteadyTime nextDue() const = 0;
    virtual const core::Clock& clock() const = 0;
    // Something settles (fonts, content): keep drawing, and a UI script waits for it.
    virtual bool animating() const = 0;
    // Something moves by itself: draw at the animation rate, but a script does not wait.
    virtual bool moving() const = 0;
    virtual std::optional<int> exitCode() const = 0;
    virtual ImVec4 clearColor() const = 0;
    // For a UI script (ui_driver): what the last frame drew, and on which screen.
    virtual const widgets::WidgetRegistry& registry() const = 0;
    virtual core::ScreenId currentScreen() const = 0;
    // The frame just drawn is wanted as a picture (a screenshot the platform asked for): the runner
    // draws it whole and hands over its pixels, RGBA, rows top-down.
    virtual bool wantsPicture() const { return false; }
    virtual void pictureTaken(int /*width*/, int /*height*/, std::vector<std::uint8_t>&& /*rgba*/) {}
};

}  // namespace kiosk::platform
