#include "core/rgba_image.h"

namespace kiosk::core {

void halveRgba(const std::uint8_t* rgba, int width, int height, std::vector<std::uint8_t>& out) {
    const int w = width / 2;
    const int h = height / 2;
    out.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* top = rgba + static_cast<std::size_t>(y) * 2 * row;
        const std::uint8_t* bottom = top + row;
        std::uint8_t* o = out.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w) * 4;
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 4; ++c) {
                const int sum = top[x * 8 + c] + top[x * 8 + 4 + c] + bottom[x * 8 + c] + bottom[x * 8 + 4 + c];
                o[x * 4 + c] = static_cast<std::uint8_t>((sum + 2) / 4);
            }
        }
    }
}

}  // namespace kiosk::core
