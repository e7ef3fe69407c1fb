#include "ui/font_atlas_cache.h"

#include <malloc.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "ui/mapped_file.h"

namespace kiosk::ui {
namespace {

constexpr char kMagic[8] = {'K', 'F', 'A', 'T', 'L', 'A', 'S', '1'};
constexpr std::uint32_t kMaxFonts = 16;
constexpr std::uint32_t kMaxGlyphs = 200000;

// The FontSet's members in the file's order.
std::array<ImFont * widgets::FontSet::*, 6> kSlots = {&widgets::FontSet::body,     &widgets::FontSet::title,
                                                      &widgets::FontSet::display,  &widgets::FontSet::bar,
                                                      &widgets::FontSet::standard, &widgets::FontSet::titleStep};

std::uint64_t fnv1a(const unsigned char* data, std::size_t size, std::uint64_t hash = 14695981039346656037ull) {
    for (std::size_t i = 0; i < size; ++i) hash = (hash ^ data[i]) * 1099511628211ull;
    return hash;
}

std::string fileFor(const std::string& dir, core::TextSize size) {
    return (std::filesystem::path(dir) / ("font-atlas-" + std::string(core::textSizeName(size)) + ".bin")).string();
}

class Writer {
public:
    template <typename T>
    void put(const T& value) {
        bytes(&value, sizeof value);
    }
    template <typename T>
    void field(const T& value) {
        put(value);
    }
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        out_.insert(out_.end(), p, p + size);
    }
    void text(const std::string& s) {
        put(static_cast<std::uint32_t>(s.size()));
        bytes(s.data(), s.size());
    }
    const std::vector<unsigned char>& data() const { return out_; }

private:
    std::vector<unsigned char> out_;
};

// Reads what Writer wrote; every read is checked against the end, and a failed one stays failed.
class Reader {
public:
    Reader(const unsigned char* data, std::size_t size) : p_(data), end_(data + size) {}
    template <typename T>
    bool get(T& value) {
        return bytes(&value, sizeof value);
    }
    template <typename T>
    void field(T& value) {
        get(value);
    }
    bool bytes(void* out, std::size_t size) {
        if (!ok_ || static_cast<std::size_t>(end_ - p_) < size) return ok_ = false;
        std::memcpy(out, p_, size);
        p_ += size;
        return true;
    }
    const unsigned char* take(std::size_t size) {
        if (!ok_ || static_cast<std::size_t>(end_ - p_) < size) return (ok_ = false), nullptr;
        const unsigned char* at = p_;
        p_ += size;
        return at;
    }
    bool text(std::string& s, std::size_t max) {
        std::uint32_t n = 0;
        if (!get(n) || n > max) return ok_ = false;
        const unsigned char* at = take(n);
        if (at) s.assign(reinterpret_cast<const char*>(at), n);
        return ok_;
    }
    bool atEnd() const { return ok_ && p_ == end_; }

private:
    const unsigned char* p_;
    const unsigned char* end_;
    bool ok_ = true;
};

// The fields a build leaves that drawing reads, in the file's order — one list for writing (a
// Writer and const objects) and reading (a Reader): the atlas's, then each font's metrics.
template <typename Io, typename Atlas>
void atlasFields(Io& io, Atlas& atlas) {
    io.field(atlas.TexWidth);
    io.field(atlas.TexHeight);
    io.field(atlas.Flags);
    io.field(atlas.TexUvWhitePixel);
    io.field(atlas.TexUvLines);
}

template <typename Io, typename Font>
void fontFields(Io& io, Font& font) {
    io.field(font.FontSize);
    io.field(font.Ascent);
    io.field(font.Descent);
    io.field(font.FallbackChar);
    io.field(font.EllipsisChar);
    io.field(font.DotChar);
}

}  // namespace

std::string fontAtlasCacheKey(const FontAtlasRequest& request) {
    struct stat st {};
    if (::stat(request.fontPath.c_str(), &st) != 0) return "";
    const float scale = core::textScale(request.textSize);
    std::string key = "imgui " + std::to_string(IMGUI_VERSION_NUM) + "; glyph " + std::to_string(sizeof(ImFontGlyph)) +
                      "; font " + request.fontPath + " " + std::to_string(st.st_size) + " " +
                      std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + "; face " +
                      std::to_string(request.faceIndex) + "; size " +
                      std::string(core::textSizeName(request.textSize)) + "; px " +
                      std::to_string(kBodyGlyphPx * scale) + " " + std::to_string(kTitleGlyphPx * scale) + " " +
                      std::to_string(kDisplayGlyphPx) + " " + std::to_string(kNotoCjkGlyphToPixelSize);
    return key;
}

void saveCachedFontAtlas(const std::string& dir, const FontAtlasRequest& request, const BuiltFontAtlas& built) {
    const ImFontAtlas* atlas = built.atlas.get();
    const std::string key = fontAtlasCacheKey(request);
    if (dir.empty() || !atlas || !atlas->TexPixelsAlpha8 || key.empty()) return;
    Writer w;
    w.text(key);
    w.put(static_cast<std::uint32_t>(built.glyphs.size()));
    for (char32_t c : built.glyphs.codepoints()) w.put(static_cast<std::uint32_t>(c));
    atlasFields(w, *atlas);
    w.put(static_cast<std::uint32_t>(atlas->Fonts.Size));
    for (const ImFont* font : atlas->Fonts) {
        fontFields(w, *font);
        w.put(static_cast<std::uint32_t>(font->Glyphs.Size));
        w.bytes(font->Glyphs.Data, sizeof(ImFontGlyph) * static_cast<std::size_t>(font->Glyphs.Size));
    }
    for (ImFont* widgets::FontSet::*slot : kSlots) {
        w.put(static_cast<std::int32_t>(atlas->Fonts.index_from_ptr(atlas->Fonts.find(built.fonts.*slot))));
    }
    w.bytes(atlas->TexPixelsAlpha8,
            static_cast<std::size_t>(atlas->TexWidth) * static_cast<std::size_t>(atlas->TexHeight));

    const std::uint64_t checksum = fnv1a(w.data().data(), w.data().size());
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    const std::string path = fileFor(dir, request.textSize);
    const std::string temporary = path + ".new";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(kMagic, sizeof kMagic);
        out.write(reinterpret_cast<const char*>(&checksum), sizeof checksum);
        out.write(reinterpret_cast<const char*>(w.data().data()), static_cast<std::streamsize>(w.data().size()));
        if (!out.flush()) {
            spdlog::warn("font atlas not kept for the next start: cannot write {}", temporary);
            std::filesystem::remove(temporary, error);
            return;
        }
    }
    std::filesystem::rename(temporary, path, error);
    if (error) spdlog::warn("font atlas not kept for the next start: {}", error.message());
}

std::optional<BuiltFontAtlas> loadCachedFontAtlas(const std::string& dir, const FontAtlasRequest& request) {
    if (dir.empty()) return std::nullopt;
    const auto started = std::chrono::steady_clock::now();
    const MappedFile file(fileFor(dir, request.textSize));
    if (!file.ok() || file.bytes() < sizeof kMagic + sizeof(std::uint64_t)) return std::nullopt;
    const auto* data = static_cast<const unsigned char*>(file.data());
    std::uint64_t checksum = 0;
    std::memcpy(&checksum, data + sizeof kMagic, sizeof checksum);
    const unsigned char* payload = data + sizeof kMagic + sizeof checksum;
    const std::size_t payloadSize = file.bytes() - sizeof kMagic - sizeof checksum;
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0 || fnv1a(payload, payloadSize) != checksum) return std::nullopt;

    Reader r(payload, payloadSize);
    std::string key;
    if (!r.text(key, 1u << 16) || key != fontAtlasCacheKey(request) || key.empty()) return std::nullopt;
    // Kept for a set of characters that holds every one asked for: content only adds characters,
    // so the atlas kept last (the start's, plus what its content added) serves the next start.
    std::uint32_t heldCount = 0;
    if (!r.get(heldCount) || heldCount > kMaxGlyphs) return std::nullopt;
    core::GlyphSet held;
    for (std::uint32_t i = 0; i < heldCount; ++i) {
        std::uint32_t c = 0;
        if (!r.get(c) || c > 0x10FFFF) return std::nullopt;
        held.add(static_cast<char32_t>(c));
    }
    for (char32_t c : request.glyphs.codepoints()) {
        if (!held.contains(c)) return std::nullopt;
    }
    auto atlas = std::make_unique<ImFontAtlas>();
    std::uint32_t fontCount = 0;
    atlasFields(r, *atlas);
    if (!r.get(fontCount) || fontCount == 0 || fontCount > kMaxFonts || atlas->TexWidth <= 0 || atlas->TexHeight <= 0 ||
        atlas->TexWidth > request.maxTextureSize || atlas->TexHeight > request.maxTextureSize)
        return std::nullopt;
    for (std::uint32_t i = 0; i < fontCount; ++i) {
        ImFont* font = IM_NEW(ImFont);
        atlas->Fonts.push_back(font);
        font->ContainerAtlas = atlas.get();
        std::uint32_t glyphs = 0;
        fontFields(r, *font);
        if (!r.get(glyphs) || glyphs == 0 || glyphs > kMaxGlyphs) return std::nullopt;
        font->Glyphs.resize(static_cast<int>(glyphs));
        if (!r.bytes(font->Glyphs.Data, sizeof(ImFontGlyph) * glyphs)) return std::nullopt;
        font->BuildLookupTable();  // the index tables, from the glyphs as ImGui's own build makes them
    }
    BuiltFontAtlas built;
    for (ImFont* widgets::FontSet::*slot : kSlots) {
        std::int32_t index = -1;
        if (!r.get(index) || index < 0 || static_cast<std::uint32_t>(index) >= fontCount) return std::nullopt;
        built.fonts.*slot = atlas->Fonts[index];
    }
    const std::size_t pixelCount =
        static_cast<std::size_t>(atlas->TexWidth) * static_cast<std::size_t>(atlas->TexHeight);
    const unsigned char* pixels = r.take(pixelCount);
    if (!pixels || !r.atEnd()) return std::nullopt;
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixelCount));
    std::memcpy(atlas->TexPixelsAlpha8, pixels, pixelCount);
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
    atlas->TexReady = true;
    built.width = atlas->TexWidth;
    built.height = atlas->TexHeight;
    built.textSize = request.textSize;
    built.glyphs = std::move(held);
    built.atlas = std::move(atlas);
    built.buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    built.fromCache = true;
    return built;
}

BuiltFontAtlas cachedFontAtlas(const FontAtlasRequest& request) {
    if (std::optional<BuiltFontAtlas> kept = loadCachedFontAtlas(request.cacheDir, request)) return std::move(*kept);
    BuiltFontAtlas built = buildFontAtlas(request);
    if (built.ok()) saveCachedFontAtlas(request.cacheDir, request, built);
    // The build's transient megabytes (FreeType's, the packer's) were freed in this worker's own
    // malloc arena, which keeps them resident until trimmed.
    malloc_trim(0);
    return built;
}

}  // namespace kiosk::ui
