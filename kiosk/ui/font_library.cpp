#include "ui/font_library.h"

#include <malloc.h>
#include <spdlog/spdlog.h>

#include "core/startup_trace.h"
#include "ui/font_atlas_cache.h"

namespace kiosk::ui {
namespace {
// What io.Fonts points at when this library's atlas is gone, so ImGui never holds a dangling atlas.
ImFontAtlas& emptyAtlas() {
    static ImFontAtlas atlas;
    return atlas;
}
}  // namespace

FontLibrary::FontLibrary(std::string fontPath, int faceIndex, FontTexture& texture, std::function<void()> wakeUiThread,
                         std::string cacheDir)
    : fontPath_(std::move(fontPath)),
      faceIndex_(faceIndex),
      cacheDir_(std::move(cacheDir)),
      texture_(texture),
      wake_(std::move(wakeUiThread)) {}

FontLibrary::~FontLibrary() {
    if (initial_.valid()) initial_.wait();
    inFlight_.wait();
    if (ImGui::GetCurrentContext() && ImGui::GetIO().Fonts == atlas_.get()) ImGui::GetIO().Fonts = &emptyAtlas();
}

// GL is not up yet when the first build starts: the largest size GL 3.3 drivers commonly take is
// assumed here, and install() checks the real GL_MAX_TEXTURE_SIZE.
constexpr int kAssumedMaxTextureSize = 16384;

void FontLibrary::startInitialBuild(const core::GlyphSet& glyphs, core::TextSize size) {
    initial_ = std::async(std::launch::async, [request = FontAtlasRequest{fontPath_, faceIndex_, glyphs, size,
                                                                          kAssumedMaxTextureSize, cacheDir_}] {
        BuiltFontAtlas built = cachedFontAtlas(request);
        core::startupTrace().mark("atlas_built");
        return built;
    });
}

std::optional<std::string> FontLibrary::finishInitialBuild() {
    if (!initial_.valid()) return std::string("no font build was started");
    BuiltFontAtlas built = initial_.get();
    if (!built.ok()) return built.error;
    return install(std::move(built));
}

void FontLibrary::installFallback() {
    auto atlas = std::make_unique<ImFontAtlas>();
    ImFontConfig cfg;
    cfg.SizePixels = 39.0f;  // ProggyClean scaled up: ugly but readable from a step away
    ImFont* font = atlas->AddFontDefault(&cfg);
    atlas->Build();
    BuiltFontAtlas built;
    built.atlas = std::move(atlas);
    built.fonts = {font, font, font, font, font};
    if (auto error = install(std::move(built))) spdlog::error("fallback font: {}", *error);
}

std::optional<std::string> FontLibrary::install(BuiltFontAtlas built) {
    // Too large a texture fails to upload without any error and the whole UI renders black.
    const int maxSize = texture_.maxTextureSize();
    if (built.width > maxSize || built.height > maxSize) {
        return "font atlas " + std::to_string(built.width) + "x" + std::to_string(built.height) +
               " exceeds GL_MAX_TEXTURE_SIZE " + std::to_string(maxSize);
    }
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts = built.atlas.get();
    io.FontDefault = built.fonts.body;
    if (!texture_.upload(*built.atlas)) spdlog::error("font atlas upload failed");
    built.atlas->ClearTexData();  // the GPU has it now; keep only glyph metrics in memory
    if (atlas_) texture_.release(atlas_->TexID);
    atlas_ = std::move(built.atlas);  // the old atlas is freed here, after the swap
    fonts_ = built.fonts;
    const std::size_t glyphCount = built.glyphs.size();
    glyphs_ = std::move(built.glyphs);  // what was asked for, or more (a kept atlas)
    textSize_ = built.textSize;
    lastBuildMs_ = built.buildMs;
    textureMb_ = built.textureMegabytes();
    spdlog::info("font atlas: {} glyphs, {}x{} ({:.1f} MB), {} in {:.0f} ms", glyphCount, built.width, built.height,
                 textureMb_, built.fromCache ? "read from the cache" : "built", built.buildMs);
    return std::nullopt;
}

void FontLibrary::requestRebuild(const core::GlyphSet& glyphs, core::TextSize size) {
    if (inFlight_.pending()) {
        // Glyphs only grow: a wish made from the atlas in use must not drop what the build in
        // flight or an earlier wish adds (synced content and a new hall name can ask at once).
        // The size is the newest wish's.
        core::GlyphSet wanted = glyphs;
        if (inFlightRequest_) wanted.merge(inFlightRequest_->glyphs);
        if (queued_) wanted.merge(queued_->glyphs);
        queued_ = Pending{std::move(wanted), size};
        return;
    }
    startBuild(glyphs, size);
}

void FontLibrary::startBuild(core::GlyphSet glyphs, core::TextSize size) {
    FontAtlasRequest request{fontPath_, faceIndex_, glyphs, size, texture_.maxTextureSize(), cacheDir_};
    inFlightRequest_ = Pending{std::move(glyphs), size};
    inFlight_.start([request = std::move(request)] { return cachedFontAtlas(request); }, wake_);
}

bool FontLibrary::installIfReady() {
    if (!inFlight_.ready()) return false;
    BuiltFontAtlas built = inFlight_.take();
    bool changed = false;
    if (built.ok()) {
        if (auto error = install(std::move(built))) {
            spdlog::error("font atlas rebuild refused, keeping the current one: {}", *error);
        } else {
            changed = true;
        }
    } else {
        spdlog::error("font atlas rebuild failed, keeping the current one: {}", built.error);
    }
    inFlightRequest_.reset();
    if (queued_) {
        Pending next = std::move(*queued_);
        queued_.reset();
        startBuild(std::move(next.glyphs), next.size);
    }
    return changed;
}

}  // namespace kiosk::ui
