#pragma once
// Handwriting as the pad records it: strokes of touch points. The pad stores points relative to
// its own square (0..1, y downwards), so the ink survives a text-size or orientation change.
#include <vector>

namespace kiosk::core {

struct PadPoint {
    float x = 0;
    float y = 0;
};
using Stroke = std::vector<PadPoint>;
using Ink = std::vector<Stroke>;

}  // namespace kiosk::core
