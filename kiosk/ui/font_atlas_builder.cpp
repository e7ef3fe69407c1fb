#include "ui/font_atlas_builder.h"

#include <imgui_freetype.h>

#include <chrono>
#include <cmath>
#include <vector>

#include "ui/mapped_file.h"

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

float pixelSizeFor(float glyphPx, float scale) {
    return std::round(glyphPx * scale * kNotoCjkGlyphToPixelSize);
}

// ImGui 1.86 copies the whole font file for every font whose data the atlas does not own
// (4 x 19 MB here, ~150 ms). So fonts are added as "owned" (no copy, see cjkFontConfig) and
// disowned again before anything could make the atlas free memory it never allocated.
struct Disown {
    ImFontAtlas& atlas;
    ~Disown() {
        for (ImFontConfig& cfg : atlas.ConfigData) {
            cfg.FontDataOwnedByAtlas = false;
            cfg.FontData = nullptr;
        }
    }
};

ImFontConfig cjkFontConfig(int faceIndex) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;  // see Disown
    cfg.FontNo = faceIndex;
    cfg.OversampleH = 1;  // the default 3 doubles the atlas for no visible gain on CJK
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    return cfg;
}

std::unique_ptr<ImFontAtlas> newCjkAtlas() {
    auto atlas = std::make_unique<ImFontAtlas>();
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;  // touch kiosk: no software cursor shapes
    // FreeType rasterises Noto's CFF outlines several times faster than stb_truetype.
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    // GL 3.3 takes any height: rounding up to a power of two doubled the main atlas (8 → 16 MB)
    // when a few dozen characters were added to the string tables.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    return atlas;
}

// Too large a texture fails to upload without any error and the whole UI renders black.
bool fitsTexture(BuiltFontAtlas& built, int maxTextureSize) {
    if (built.height <= maxTextureSize && built.width <= maxTextureSize) return true;
    built.error = "font atlas " + std::to_string(built.width) + "x" + std::to_string(built.height) +
                  " exceeds GL_MAX_TEXTURE_SIZE " + std::to_string(maxTextureSize);
    return false;
}

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BuiltFontAtlas buildInputFontAtlas(const FontAtlasRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    BuiltFontAtlas built;
    built.textSize = request.textSize;
    const MappedFile fontData(request.fontPath);
    if (!fontData.ok()) {
        built.error = "font file not found: " + request.fontPath;
        return built;
    }
    const std::vector<ImWchar> ranges = rangesFor(request.glyphs);
    auto atlas = newCjkAtlas();
    // Thousands of glyphs: a wide texture keeps its height (and GL_MAX_TEXTURE_SIZE) in reach.
    atlas->TexDesiredWidth = 8192;
    ImFontConfig cfg = cjkFontConfig(request.faceIndex);
    ImFont* font =
        atlas->AddFontFromMemoryTTF(fontData.data(), fontData.size(),
                                    pixelSizeFor(kBodyGlyphPx, core::textScale(request.textSize)), &cfg, ranges.data());
    bool ok = false;
    {
        const Disown disown{*atlas};
        ok = font && atlas->Build();
    }
    if (!ok) {
        built.error = "cannot build the input font from " + request.fontPath;
        return built;
    }
    atlas->ClearInputData();
    unsigned char* pixels = nullptr;
    atlas->GetTexDataAsAlpha8(&pixels, &built.width, &built.height);  // 1 byte a pixel: a quarter of RGBA
    if (!fitsTexture(built, request.maxTextureSize)) return built;
    built.fonts = {font, font, font, font, font, font, font};
    built.glyphs = request.glyphs;
    built.buildMs = msSince(started);
    built.atlas = std::move(atlas);
    return built;
}

BuiltFontAtlas buildFontAtlas(const FontAtlasRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    BuiltFontAtlas built;
    built.textSize = request.textSize;

    // One mapping of the (large) font file serves all sizes; the atlas does not own it.
    const MappedFile fontData(request.fontPath);
    if (!fontData.ok()) {
        built.error = "font file not found: " + request.fontPath +
                      " (install the Debian package fonts-noto-cjk, or set fonts.path)";
        return built;
    }
    const std::vector<ImWchar> ranges = rangesFor(request.glyphs);

    auto atlas = newCjkAtlas();
    const float scale = core::textScale(request.textSize);
    auto addFont = [&](float pixelSize, const ImWchar* glyphRanges) {
        ImFontConfig cfg = cjkFontConfig(request.faceIndex);
        return atlas->AddFontFromMemoryTTF(fontData.data(), fontData.size(), pixelSize, &cfg, glyphRanges);
    };
    built.fonts.body = addFont(pixelSizeFor(kBodyGlyphPx, scale), ranges.data());
    built.fonts.title = addFont(pixelSizeFor(kTitleGlyphPx, scale), ranges.data());
    // The title one 字号 smaller: 标准 has none smaller, the body stands in.
    built.fonts.titleStep =
        scale == 1.0f ? built.fonts.body
                      : addFont(pixelSizeFor(kTitleGlyphPx, core::textScale(core::smallerTextSize(request.textSize))),
                                ranges.data());
    // The controls' font grows half as much as the body (core::controlScale); at the standard
    // size it is the body font itself.
    built.fonts.bar = scale == 1.0f
                          ? built.fonts.body
                          : addFont(pixelSizeFor(kBodyGlyphPx, core::controlScale(request.textSize)), ranges.data());
    built.fonts.standard = scale == 1.0f ? built.fonts.body : addFont(pixelSizeFor(kBodyGlyphPx, 1.0f), ranges.data());
    // Huge numerals only: countdowns and tracking codes.
    static const ImWchar kDigits[] = {0x20, 0x3A, 0x4E00, 0x4E00, 0x79D2, 0x79D2, 0};  // space..9 and ":", 一, 秒
    built.fonts.display = addFont(pixelSizeFor(kDisplayGlyphPx, 1.0f), kDigits);

    bool ok = false;
    {
        const Disown disown{*atlas};
        ok = built.fonts.body && built.fonts.bar && built.fonts.standard && built.fonts.title &&
             built.fonts.titleStep && built.fonts.display && atlas->Build();
    }
    if (!ok) {
        built.error = "cannot read face " + std::to_string(request.faceIndex) + " of " + request.fontPath;
        return built;
    }
    atlas->ClearInputData();  // drops the (disowned) pointers into the mapping before it goes away

    unsigned char* pixels = nullptr;
    atlas->GetTexDataAsAlpha8(&pixels, &built.width, &built.height);  // 1 byte a pixel: a quarter of RGBA
    if (!fitsTexture(built, request.maxTextureSize)) return built;
    built.glyphs = request.glyphs;
    built.buildMs = msSince(started);
    built.atlas = std::move(atlas);
    return built;
}

}  // namespace kiosk::ui
