#include "core/glyph_set.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(GlyphSet, StartsWithAsciiAndChinesePunctuation) {
    GlyphSet g;
    EXPECT_TRUE(g.contains(U'A'));
    EXPECT_TRUE(g.contains(U'，'));
    EXPECT_TRUE(g.contains(U'“'));
    EXPECT_FALSE(g.contains(U'\n'));
}

TEST(GlyphSet, CollectsCharactersFromTextIncludingRareOnes) {
    GlyphSet g;
    const std::size_t before = g.size();
    g.addText("王大华 龘");
    EXPECT_TRUE(g.contains(U'王'));
    EXPECT_TRUE(g.contains(U'龘'));
    EXPECT_EQ(g.size(), before + 4);
    g.addText("\x01\xff");  // control characters and broken bytes never become glyphs
    EXPECT_EQ(g.size(), before + 4);
}

TEST(GlyphSet, MergeCountsNewOnes) {
    GlyphSet a;
    GlyphSet b;
    b.addText("监督");
    EXPECT_EQ(a.merge(b), 2u);
    EXPECT_EQ(a.merge(b), 0u);
}

}  // namespace
}  // namespace kiosk::core
