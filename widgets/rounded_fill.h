#pragma once
// A rounded rectangle's face filled as llvmpipe fills fastest: three plain rectangles and four
// corner pieces, instead of Dear ImGui's one fan of triangles from a corner. The fan's long thin
// triangles cross nearly every 64×64 tile of the face, so llvmpipe shades all of it through its
// edge tests; a tile a plain rectangle covers whole it shades without any (and, when the fill is
// opaque, forgets whatever was drawn under it first). On home, with the tiles' faces the most of
// the screen: frame_cpu_ms_home 8.8–9.0 → 6.0–6.3 ms, interleaved (docs/performance.md).
//
// The corners are ImGui's own arcs (its AddRectFilled with one corner rounded), drawn first; the
// rectangles drawn after cover their straight edges. Every caller draws an outline over the
// face's edge: with it, a face on whole pixels looks as ImGui's to the bit, and one between
// pixels differs by one level of 255 in a few pixels of the outline's soft edge
// (tests/render/draw_passes_test.cpp).
#include <imgui.h>

namespace kiosk::widgets {

// What ImDrawList::AddRectFilled(min, max, color, rounding) draws, drawn as above.
void fillRoundedRect(ImDrawList& drawList, ImVec2 min, ImVec2 max, ImU32 color, float rounding);

}  // namespace kiosk::widgets
