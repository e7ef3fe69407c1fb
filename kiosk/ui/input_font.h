#pragma once
// The keyboards' font: all of GB2312 (what the pinyin and handwriting engines can offer) plus the
// kiosk's own text, at the body size, in a second atlas of one byte a pixel (16 MB at the
// standard size, 32 MB at 特大). It is built on a worker when a screen with a text field opens
// and dropped when the session ends, so the first frame and the idle kiosk never pay for it.
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "ui/atlas_build.h"
#include "ui/font_atlas_builder.h"
#include "ui/font_texture.h"

namespace kiosk::ui {

class InputFont {
public:
    // `built` is called on the builder's thread when a build is ready: installIfReady() then finds it.
    InputFont(std::string fontPath, int faceIndex, FontTexture& texture, std::function<void()> built);
    ~InputFont();
    InputFont(const InputFont&) = delete;
    InputFont& operator=(const InputFont&) = delete;

    // Starts a build for `size` unless one is installed or under way for it. `extraGlyphs` are
    // the kiosk's own characters (quick phrases, labels) the field may show.
    void request(const core::GlyphSet& extraGlyphs, core::TextSize size);
    // UI thread, between frames. Returns whether a new font was installed.
    bool installIfReady();
    // Frees the texture and the glyph tables (session end).
    void release();

    ImFont* font() const { return atlas_ ? font_ : nullptr; }  // null until built
    bool building() const { return pending_.pending(); }
    // Settled for the size asked: built, or failed (then the main font stands in).
    bool settled() const { return font() != nullptr || failedFor_.has_value(); }
    double lastBuildMs() const { return lastBuildMs_; }
    double textureMegabytes() const { return textureMb_; }

private:
    void startBuild(const core::GlyphSet& extraGlyphs, core::TextSize size);

    std::string fontPath_;
    int faceIndex_;
    FontTexture& texture_;
    std::function<void()> wake_;
    std::unique_ptr<ImFontAtlas> atlas_;
    ImFont* font_ = nullptr;
    std::optional<core::TextSize> wanted_;     // the size asked for (installed or being built)
    std::optional<core::TextSize> failedFor_;  // a build failed: not retried until release()
    core::GlyphSet extraGlyphs_;               // of the build under way
    AtlasBuild pending_;
    double lastBuildMs_ = 0;
    double textureMb_ = 0;
};

}  // namespace kiosk::ui
