#pragma once
// The App on the real GLFW/OpenGL path, wired as kiosk/main.cpp wires it (GL font texture, GL
// pictures, the runner's wake-ups), for the render tests and kiosk-bench: they spelled the
// AppServices out each, and a service added to the kiosk had to be added to each of them.
// No speech and no log lines for the operator panel: nothing here listens or reads the log.
#include <memory>
#include <optional>

#include "app/app.h"
#include "core/clock.h"
#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"

namespace kiosk::testing {

// What differs between the tests and the bench's groups.
struct GlAppOptions {
    core::Clock* clock = nullptr;  // null: the system clock, as the kiosk runs
    bool picture = false;          // a moving picture (camera, video announcement) the runner repaints
    bool canvases = false;         // pictures painted once (the slogan strip); false: drawn each frame
};

class GlApp {
public:
    // Needs no window yet (kiosk-bench builds the atlas while the window opens): the caller calls
    // app().prepare() / app().start() as the kiosk does.
    GlApp(platform::GlfwRunner& runner, const AppSetup& setup, GlAppOptions options = {});
    // The runner stops watching the picture, and the App goes before the textures it holds.
    ~GlApp();
    GlApp(const GlApp&) = delete;
    GlApp& operator=(const GlApp&) = delete;

    App& app() { return *app_; }
    // The moving picture's texture (nothing without `picture`): where it shows on screen is where
    // the draw data uses it.
    std::optional<ImTextureID> pictureTexture() const {
        return picture_ ? std::optional<ImTextureID>(picture_->textureId()) : std::nullopt;
    }

private:
    platform::GlfwRunner& runner_;
    core::SystemClock systemClock_;
    platform::GlFontTexture fontTexture_;
    platform::GlImageSource images_{&platform::GlfwRunner::wake};
    std::optional<platform::GlFrameTexture> picture_;
    std::optional<platform::GlCanvases> canvases_;
    std::unique_ptr<App> app_;  // last: destroyed first
};

}  // namespace kiosk::testing
