#pragma once
// Small pixel jobs on RGBA pictures (rows without padding), for the camera preview.
#include <cstdint>
#include <vector>

namespace kiosk::core {

// Half the width and height (odd edges dropped), each pixel the mean of a 2x2 block.
void halveRgba(const std::uint8_t* rgba, int width, int height, std::vector<std::uint8_t>& out);

}  // namespace kiosk::core
