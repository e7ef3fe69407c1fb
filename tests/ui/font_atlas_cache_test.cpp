// The font atlas kept on disk: what a start reads back is the atlas the build made — every font's
// glyphs, the fonts' roles, the pixels — and a kept atlas is used only for the font and size it
// was made for and when it holds every character asked for; a damaged file is rebuilt.
#include "ui/font_atlas_cache.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "config/kiosk_config.h"

namespace kiosk::ui {
namespace {

class FontAtlasCache : public testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("kiosk-font-cache-" + std::to_string(::getpid()) + "-" +
                                                         testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    FontAtlasRequest request(const std::string& text, core::TextSize size = core::TextSize::Standard) const {
        const config::KioskConfig defaults{};
        core::GlyphSet glyphs;
        glyphs.addText(text);
        return {defaults.fonts.path, defaults.fonts.faceIndex, glyphs, size, 16384, dir_.string()};
    }

    std::filesystem::path dir_;
};

void expectSameFont(const ImFont* built, const ImFont* read) {
    ASSERT_NE(built, nullptr);
    ASSERT_NE(read, nullptr);
    EXPECT_EQ(built->FontSize, read->FontSize);
    EXPECT_EQ(built->Ascent, read->Ascent);
    EXPECT_EQ(built->Descent, read->Descent);
    EXPECT_EQ(built->FallbackChar, read->FallbackChar);
    EXPECT_EQ(built->FallbackAdvanceX, read->FallbackAdvanceX);
    ASSERT_EQ(built->Glyphs.Size, read->Glyphs.Size);
    EXPECT_EQ(std::memcmp(built->Glyphs.Data, read->Glyphs.Data, sizeof(ImFontGlyph) * built->Glyphs.Size), 0);
    ASSERT_EQ(built->IndexLookup.Size, read->IndexLookup.Size);
    for (int i = 0; i < built->IndexLookup.Size; ++i) {
        ASSERT_EQ(built->IndexLookup[i], read->IndexLookup[i]) << "code point " << i;
        ASSERT_EQ(built->IndexAdvanceX[i], read->IndexAdvanceX[i]) << "code point " << i;
    }
    EXPECT_EQ(std::memcmp(built->Used4kPagesMap, read->Used4kPagesMap, sizeof built->Used4kPagesMap), 0);
}

TEST_F(FontAtlasCache, ReadsBackTheAtlasTheBuildMade) {
    const FontAtlasRequest large = request("监督一点通 幸福里社区 补贴发放 ¥1,280.00", core::TextSize::Large);
    const BuiltFontAtlas built = buildFontAtlas(large);
    ASSERT_TRUE(built.ok()) << built.error;
    saveCachedFontAtlas(dir_.string(), large, built);
    const std::optional<BuiltFontAtlas> read = loadCachedFontAtlas(dir_.string(), large);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->fromCache);
    EXPECT_EQ(read->glyphs.codepoints(), built.glyphs.codepoints());
    ASSERT_EQ(read->width, built.width);
    ASSERT_EQ(read->height, built.height);
    const ImFontAtlas& a = *built.atlas;
    const ImFontAtlas& b = *read->atlas;
    EXPECT_TRUE(b.IsBuilt());
    EXPECT_EQ(std::memcmp(a.TexPixelsAlpha8, b.TexPixelsAlpha8, static_cast<std::size_t>(a.TexWidth) * a.TexHeight), 0);
    EXPECT_EQ(a.TexUvWhitePixel.x, b.TexUvWhitePixel.x);
    EXPECT_EQ(a.TexUvWhitePixel.y, b.TexUvWhitePixel.y);
    for (std::size_t i = 0; i < std::size(a.TexUvLines); ++i) {
        EXPECT_EQ(a.TexUvLines[i].x, b.TexUvLines[i].x);
        EXPECT_EQ(a.TexUvLines[i].y, b.TexUvLines[i].y);
        EXPECT_EQ(a.TexUvLines[i].z, b.TexUvLines[i].z);
        EXPECT_EQ(a.TexUvLines[i].w, b.TexUvLines[i].w);
    }
    EXPECT_EQ(a.Flags, b.Flags);
    ASSERT_EQ(a.Fonts.Size, b.Fonts.Size);
    for (int i = 0; i < a.Fonts.Size; ++i) expectSameFont(a.Fonts[i], b.Fonts[i]);
    // Each role is the same font of the atlas as in the build.
    const auto indexOf = [](const ImFontAtlas& atlas, const ImFont* font) {
        return atlas.Fonts.index_from_ptr(atlas.Fonts.find(const_cast<ImFont*>(font)));
    };
    EXPECT_EQ(indexOf(a, built.fonts.body), indexOf(b, read->fonts.body));
    EXPECT_EQ(indexOf(a, built.fonts.title), indexOf(b, read->fonts.title));
    EXPECT_EQ(indexOf(a, built.fonts.titleStep), indexOf(b, read->fonts.titleStep));
    EXPECT_EQ(indexOf(a, built.fonts.bar), indexOf(b, read->fonts.bar));
    EXPECT_EQ(indexOf(a, built.fonts.standard), indexOf(b, read->fonts.standard));
    EXPECT_EQ(indexOf(a, built.fonts.display), indexOf(b, read->fonts.display));
    // The text measures as it did.
    const char* text = "幸福里社区 补贴发放 ¥1,280.00";
    EXPECT_EQ(built.fonts.body->CalcTextSizeA(built.fonts.body->FontSize, 1e9f, 0, text).x,
              read->fonts.body->CalcTextSizeA(read->fonts.body->FontSize, 1e9f, 0, text).x);
}

TEST_F(FontAtlasCache, ServesAStartWhoseCharactersItHoldsAndNoOther) {
    const FontAtlasRequest wide = request("监督一点通 幸福里社区 补贴发放");
    const BuiltFontAtlas first = cachedFontAtlas(wide);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first.fromCache) << "nothing kept yet";
    const BuiltFontAtlas again = cachedFontAtlas(request("监督一点通"));
    EXPECT_TRUE(again.fromCache) << "its characters are all held";
    EXPECT_EQ(again.glyphs.codepoints(), wide.glyphs.codepoints()) << "and it says it holds them all";
    const BuiltFontAtlas more = cachedFontAtlas(request("监督一点通 龟"));
    EXPECT_FALSE(more.fromCache) << "a character it lacks";
    EXPECT_FALSE(loadCachedFontAtlas(dir_.string(), request("监督", core::TextSize::ExtraLarge)).has_value())
        << "another text size has its own file";
    FontAtlasRequest otherFace = request("监督");
    otherFace.faceIndex += 1;
    EXPECT_FALSE(loadCachedFontAtlas(dir_.string(), otherFace).has_value()) << "another face";
    EXPECT_TRUE(loadCachedFontAtlas(dir_.string(), request("龟")).has_value()) << "the newest build is kept";
}

TEST_F(FontAtlasCache, ADamagedFileIsBuiltAgain) {
    const FontAtlasRequest wanted = request("监督一点通");
    ASSERT_TRUE(cachedFontAtlas(wanted).ok());
    const auto file = dir_ / "font-atlas-standard.bin";
    ASSERT_TRUE(std::filesystem::exists(file));
    const auto size = std::filesystem::file_size(file);
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2));
        f.put('\x5a');
    }
    EXPECT_FALSE(loadCachedFontAtlas(dir_.string(), wanted).has_value()) << "one byte changed";
    std::filesystem::resize_file(file, size / 3);
    EXPECT_FALSE(loadCachedFontAtlas(dir_.string(), wanted).has_value()) << "cut short";
    const BuiltFontAtlas rebuilt = cachedFontAtlas(wanted);
    EXPECT_TRUE(rebuilt.ok());
    EXPECT_FALSE(rebuilt.fromCache);
    EXPECT_TRUE(loadCachedFontAtlas(dir_.string(), wanted).has_value()) << "and kept again";
}

}  // namespace
}  // namespace kiosk::ui
