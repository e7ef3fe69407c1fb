#pragma once
// Solid opaque fills (a tile's face, the title bar) drawn with blending off and without reading
// the font texture (platform/fill_program.h). Dear ImGui's backend blends every triangle and
// multiplies its colour by the atlas's white pixel; for a fill of opaque colour both give back the
// fill's own colour, so llvmpipe's reading and mixing of the pixels under it, and its sampling of
// the texture, are wasted — most of a whole screen's area here (home: 11.9 → 10.2–10.7 ms of CPU
// per 1080p frame unblended; 9.9–10.2 → 7.1–7.7 without the sampling). Runs
// under ~90×90 px stay blended: each run costs llvmpipe two state changes, and below that size
// they cost more than they spare (with runs down to 20×20 px set apart the frame took 14 ms).
// The picture is the same to the bit: only the work changes.
#include <imgui.h>

#include <vector>

namespace kiosk::platform {

// Splits the commands drawn with `fontTexture` into runs of opaque white-pixel triangles (large
// enough to pay for a state change) and the rest, with draw callbacks around each opaque run that
// switch GL blending off and on again. Returns how many runs were set apart.
int drawOpaqueFillsUnblended(ImDrawData& data, ImTextureID fontTexture, ImVec2 whitePixelUv);

}  // namespace kiosk::platform
