#include "storage/png_bytes.h"

#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <utility>

namespace kiosk::storage {
namespace {

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
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
        // Halved with stb's resampler (as a case's photo is scaled), and encoded again.
        const int w = width / 2;
        const int h = height / 2;
        std::vector<std::uint8_t> smaller(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
        stbir_resize_uint8(rgb.data(), width, height, 0, smaller.data(), w, h, 0, 3);
        rgb = std::move(smaller);
        width = w;
        height = h;
    }
    return "";
}

}  // namespace kiosk::storage
