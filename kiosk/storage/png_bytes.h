#pragma once
// A picture as PNG bytes in memory (stb_image_write): the screenshot the platform asked for.
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::storage {

// RGBA rows top-down in, PNG out (RGB: a screen has no transparency). Over `maxBytes` the picture
// is halved and encoded again, until it fits; "" when it never does or cannot be encoded.
std::string pngBytes(int width, int height, const std::vector<std::uint8_t>& rgba, std::size_t maxBytes);

}  // namespace kiosk::storage
