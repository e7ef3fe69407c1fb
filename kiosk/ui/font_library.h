#pragma once
// Owns the font atlas in use and builds replacements off the UI thread (new content characters,
// a new text size). A finished build is installed between frames by the UI thread.
#include <functional>
#include <future>
#include <optional>
#include <string>

#include "ui/atlas_build.h"
#include "ui/font_atlas_builder.h"
#include "ui/font_texture.h"

namespace kiosk::ui {

class FontLibrary {
public:
    // `rebuilt` is called on the builder's thread when a rebuild is ready: installIfReady() then finds it.
    // `cacheDir`: where built atlases are kept for the next start ("": built every time).
    FontLibrary(std::string fontPath, int faceIndex, FontTexture& texture, std::function<void()> rebuilt,
                std::string cacheDir = "");
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    // The first atlas, built on a worker so it overlaps opening the window (it needs no GL);
    // finishInitialBuild() waits for it and installs it. Nothing can be drawn without it.
    // Returns an error text when it fails; the caller falls back to ImGui's built-in font.
    void startInitialBuild(const core::GlyphSet& glyphs, core::TextSize size);
    std::optional<std::string> finishInitialBuild();
    std::optional<std::string> buildNow(const core::GlyphSet& glyphs, core::TextSize size) {
        startInitialBuild(glyphs, size);
        return finishInitialBuild();
    }
    // ImGui's own small ASCII font, for telling the operator that the CJK font is missing.
    void installFallback();

    // Starts (or queues) a build in the background; the current atlas stays until it is done.
    void requestRebuild(const core::GlyphSet& glyphs, core::TextSize size);
    // UI thread, between frames: installs a finished build. Returns whether fonts changed.
    bool installIfReady();
    bool building() const { return inFlight_.pending() || queued_.has_value(); }

    const widgets::FontSet& fonts() const { return fonts_; }
    const core::GlyphSet& glyphs() const { return glyphs_; }
    core::TextSize textSize() const { return textSize_; }
    // Figures of the atlas in use, for the log and kiosk-bench.
    double lastBuildMs() const { return lastBuildMs_; }
    double textureMegabytes() const { return textureMb_; }

private:
    // Returns an error (and installs nothing) when the GPU cannot take the atlas.
    std::optional<std::string> install(BuiltFontAtlas built);
    void startBuild(core::GlyphSet glyphs, core::TextSize size);

    std::string fontPath_;
    int faceIndex_;
    std::string cacheDir_;
    FontTexture& texture_;
    std::function<void()> wake_;

    std::unique_ptr<ImFontAtlas> atlas_;
    widgets::FontSet fonts_;
    core::GlyphSet glyphs_;
    core::TextSize textSize_ = core::TextSize::Standard;
    double lastBuildMs_ = 0;
    double textureMb_ = 0;

    struct Pending {
        core::GlyphSet glyphs;
        core::TextSize size;
    };
    std::future<BuiltFontAtlas> initial_;
    AtlasBuild inFlight_;
    std::optional<Pending> inFlightRequest_;
    std::optional<Pending> queued_;
};

}  // namespace kiosk::ui
