#pragma once
// A built font atlas kept on disk, so a start with the same characters at the same size reads it
// (a few milliseconds) instead of rasterising thousands of CJK glyphs again (~100 ms of CPU on
// the path to the first screen, and the worker's transient megabytes). One file per text size in
// the kiosk's data folder (font-cache/), holding the last atlas built at that size: it serves any
// start whose characters it holds all of (the start's own plus what content added later); a
// character it lacks, another font file or another ImGui build makes a new one.
// The file holds the atlas's alpha8 pixels and each font's glyph table, with the key it was made
// for and a checksum: anything that does not match exactly is rebuilt, never half-used.
#include <optional>
#include <string>

#include "ui/font_atlas_builder.h"

namespace kiosk::ui {

// What the atlas was made from besides its characters: the font file (path, size, modification
// time), the face, the text size, the glyph sizes, and the ImGui version whose layout is stored.
std::string fontAtlasCacheKey(const FontAtlasRequest& request);

// The atlas kept in `dir` for `request`'s font and size, when it holds every character asked
// for, ready to install (pixels present; its `glyphs` are all it holds); nullopt otherwise.
std::optional<BuiltFontAtlas> loadCachedFontAtlas(const std::string& dir, const FontAtlasRequest& request);

// The atlas for `request`: the one kept in its cacheDir when it matches; else built (and kept
// there for the next start). Any thread, like buildFontAtlas.
BuiltFontAtlas cachedFontAtlas(const FontAtlasRequest& request);

// Keeps `built` (its pixels still present) for `request`, replacing the file of its text size.
// A failure only costs the next start a build: logged, never thrown.
void saveCachedFontAtlas(const std::string& dir, const FontAtlasRequest& request, const BuiltFontAtlas& built);

}  // namespace kiosk::ui
