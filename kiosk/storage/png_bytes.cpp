#include "storage/png_bytes.h"

#include <stb_image_write.h>

namespace kiosk::storage {
namespace {

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

// Each 2×2 block of RGB pixels averaged into one.
std::vector<std::uint8_t> halved(int& width, int& height, const std::vector<std::uint8_t>& rgb) {
    const int w = width / 2;
    const int h = height / 2;
    std::vector<std::uint8_t> out(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c) {
                int sum = 0;
                for (int dy = 0; dy < 2; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        sum += rgb[(static_cast<std::size_t>(2 * y + dy) * static_cast<std::size_t>(width) +
                                    static_cast<std::size_t>(2 * x + dx)) *
                                       3 +
                                   static_cast<std::size_t>(c)];
                    }
                }
                out[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 3 +
                    static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(sum / 4);
            }
        }
    }
    width = w;
    height = h;
    return out;
}

}  // namespace

std::string pngBytes(int width, int height, const std::vector<std::uint8_t>& rgba, std::size_t maxBytes) {
    if (width <= 0 || height <= 0 ||
        rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
        return "";
    std::vector<std::uint8_t> rgb(rgba.size() / 4 * 3);
    for (std::size_t i = 0, j = 0; i < rgba.size(); i += 4, j += 3) {
        rgb[j] = rgba[i];
        rgb[j + 1] = rgba[i + 1];
        rgb[j + 2] = rgba[i + 2];
    }
    while (width >= 2 && height >= 2) {
        std::string out;
        if (!stbi_write_png_to_func(appendBytes, &out, width, height, 3, rgb.data(), width * 3)) return "";
        if (out.size() <= maxBytes) return out;
        rgb = halved(width, height, rgb);
    }
    return "";
}

}  // namespace kiosk::storage
