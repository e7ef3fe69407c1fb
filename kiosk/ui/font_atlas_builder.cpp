#include "ui/font_atlas_builder.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <iterator>
#include <vector>

namespace kiosk::ui {
namespace {

std::vector<ImWchar> rangesFor(const core::GlyphSet& glyphs) {
    // ImWchar is 16-bit in Debian's build: characters beyond the BMP are left out.
    std::vector<ImWchar> ranges;
    char32_t runStart = 0;
    char32_t previous = 0;
    bool inRun = false;
    for (char32_t c : glyphs.codepoints()) {
        if (c > 0xFFFF) break;
        if (inRun && c == previous + 1) {
            previous = c;
            continue;
        }
        if (inRun) {
            ranges.push_back(static_cast<ImWchar>(runStart));
            ranges.push_back(static_cast<ImWchar>(previous));
        }
        runStart = previous = c;
        inRun = true;
    }
    if (inRun) {
        ranges.push_back(static_cast<ImWchar>(runStart));
        ranges.push_back(static_cast<ImWchar>(previous));
    }
    ranges.push_back(0);
    return ranges;
}

float pixelSizeFor(float glyphPx, float scale) { return std::round(glyphPx * scale * kNotoCjkGlyphToPixelSize); }

}  // namespace

BuiltFontAtlas buildFontAtlas(const FontAtlasRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    BuiltFontAtlas built;
    built.textSize = request.textSize;

    std::ifstream in(request.fontPath, std::ios::binary);
    if (!in) {
        built.error = "font file not found: " + request.fontPath +
                      " (install the Debian package fonts-noto-cjk, or set fonts.path)";
        return built;
    }
    // One copy of the (large) font file serves all sizes; the atlas does not own it and it is
    // freed when the build is done.
    std::vector<char> fontData((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::vector<ImWchar> ranges = rangesFor(request.glyphs);

    auto atlas = std::make_unique<ImFontAtlas>();
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;  // touch kiosk: no software cursor shapes
    const float scale = core::textScale(request.textSize);
    auto addFont = [&](float pixelSize, const ImWchar* glyphRanges) {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.FontNo = request.faceIndex;
        cfg.OversampleH = 1;  // the default 3 doubles the atlas for no visible gain on CJK
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        return atlas->AddFontFromMemoryTTF(fontData.data(), static_cast<int>(fontData.size()), pixelSize, &cfg,
                                           glyphRanges);
    };
    built.fonts.body = addFont(pixelSizeFor(kBodyGlyphPx, scale), ranges.data());
    built.fonts.title = addFont(pixelSizeFor(kTitleGlyphPx, scale), ranges.data());
    // The top bar stays at the standard size; at the standard size it is the body font itself.
    built.fonts.bar = scale == 1.0f ? built.fonts.body : addFont(pixelSizeFor(kBodyGlyphPx, 1.0f), ranges.data());
    // Huge numerals only: countdowns and tracking codes.
    static const ImWchar kDigits[] = {0x20, 0x3A, 0x4E00, 0x4E00, 0x79D2, 0x79D2, 0};  // space..9 and ":", 一, 秒
    built.fonts.display = addFont(pixelSizeFor(kDisplayGlyphPx, 1.0f), kDigits);

    if (!built.fonts.body || !built.fonts.bar || !built.fonts.title || !built.fonts.display || !atlas->Build()) {
        built.error = "cannot read face " + std::to_string(request.faceIndex) + " of " + request.fontPath;
        return built;
    }
    atlas->ClearInputData();  // drops the pointers into fontData before it goes away

    unsigned char* pixels = nullptr;
    atlas->GetTexDataAsRGBA32(&pixels, &built.width, &built.height);  // the GL upload format, made here off the UI thread
    if (built.height > request.maxTextureSize || built.width > request.maxTextureSize) {
        // Too large a texture fails to upload without any error and the whole UI renders black.
        built.error = "font atlas " + std::to_string(built.width) + "x" + std::to_string(built.height) +
                      " exceeds GL_MAX_TEXTURE_SIZE " + std::to_string(request.maxTextureSize);
        return built;
    }
    built.glyphCount = request.glyphs.size();
    built.buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    built.atlas = std::move(atlas);
    return built;
}

}  // namespace kiosk::ui
