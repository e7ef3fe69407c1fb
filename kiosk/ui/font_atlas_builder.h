#pragma once
// Builds the CJK font atlas. Runs on any thread: it touches no ImGui context, only its own
// ImFontAtlas, so a new atlas (new content characters, a new text size) is built off the UI
// thread and swapped in between frames.
#include <imgui.h>

#include <memory>
#include <string>

#include "core/glyph_set.h"
#include "core/text_size.h"
#include "widgets/font_set.h"

namespace kiosk::ui {

// Drawn CJK character heights at the standard text size (DESIGN: body >= 36 px, titles >= 56 px
// at 1920x1080). Noto Sans CJK's nominal pixel size includes a tall ascent: measured with ImGui's
// stb_truetype builder, a 55 px font draws 监 35 px tall and an 84 px one 53-54 px, so sizes are
// derived from the drawn height (ratio 1.6), not set directly. A UI test measures the result.
constexpr float kBodyGlyphPx = 37.0f;
constexpr float kTitleGlyphPx = 57.0f;
constexpr float kDisplayGlyphPx = 110.0f;
constexpr float kNotoCjkGlyphToPixelSize = 1.6f;

struct FontAtlasRequest {
    std::string fontPath;
    int faceIndex = 2;
    core::GlyphSet glyphs;
    core::TextSize textSize = core::TextSize::Standard;
    int maxTextureSize = 16384;
    std::string cacheDir;  // where built atlases are kept for the next start ("": nowhere; font_atlas_cache.h)
};

struct BuiltFontAtlas {
    std::unique_ptr<ImFontAtlas> atlas;
    widgets::FontSet fonts;
    core::TextSize textSize = core::TextSize::Standard;
    core::GlyphSet glyphs;  // the characters it holds
    int width = 0;
    int height = 0;
    double buildMs = 0;
    bool fromCache = false;  // read from the atlas cache, not built
    std::string error;       // set, with atlas == nullptr, when the atlas cannot be used
    bool ok() const { return atlas != nullptr; }
    // One byte a pixel (alpha8), here and on the GPU.
    double textureMegabytes() const { return width * static_cast<double>(height) / (1024.0 * 1024.0); }
};

BuiltFontAtlas buildFontAtlas(const FontAtlasRequest& request);
// The keyboards' atlas: one font at the body size with many glyphs (all of GB2312), one byte a
// pixel, built off the UI thread when a text field is on screen. Every FontSet member is that font.
BuiltFontAtlas buildInputFontAtlas(const FontAtlasRequest& request);

}  // namespace kiosk::ui
