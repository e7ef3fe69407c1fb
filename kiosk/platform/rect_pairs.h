#pragma once
// Dear ImGui's quads laid out so llvmpipe draws them as rectangles. Mesa 22.3's llvmpipe bins a
// pair of triangles that makes an axis-aligned rectangle (a glyph, a fill) as one rectangle —
// no edge tests, and in a tile of nothing but rectangles its linear rasteriser — but it looks only
// at the pairs a draw starts with, six indices at a time (lp_setup_vbuf.c), and its draw module
// cuts a draw of more than 1024 indices into pieces of 1023 (not a multiple of six). So one
// shape of an odd number of triangles (a rounded corner, an outline's fringe) puts every quad
// after it out of step, and a long draw puts all of it out of step.
//
// This pass puts each quad of the font-texture commands at a multiple of six from its command's
// start (a degenerate triangle in front of it when the triangles before were odd in number:
// llvmpipe drops it unseen) and cuts the commands into parts of at most 1020 indices. The picture
// is the same to the bit; only llvmpipe's work changes.
#include <imgui.h>

namespace kiosk::platform {

struct RectPairing {
    int quads = 0;    // quads now starting at a multiple of six
    int padding = 0;  // degenerate triangles put in front of one
    int parts = 0;    // draw commands the font-texture commands became
};

// The longest part a command is cut into: a multiple of six below the draw module's 1024.
inline constexpr unsigned int kLargestRectDraw = 1020;

// Lays out the font-texture commands of every list as above. A quad is two triangles as ImGui's
// rectangle primitives write them: (i, i+1, i+2), (i, i+2, i+3).
RectPairing pairQuadsAsRectangles(ImDrawData& data);

}  // namespace kiosk::platform
