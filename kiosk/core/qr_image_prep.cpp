#include "core/qr_image_prep.h"

#include <algorithm>
#include <array>

namespace kiosk::core {
namespace {

std::size_t pixelCount(const GrayView& image) {
    return static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
}

const std::uint8_t* rowOf(const GrayView& image, int y) {
    return image.data + static_cast<std::ptrdiff_t>(y) * image.rowStride;
}

}  // namespace

void contrastStretch(const GrayView& image, bool invert, std::vector<std::uint8_t>& out) {
    std::array<std::size_t, 256> histogram{};
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* row = rowOf(image, y);
        for (int x = 0; x < image.width; ++x) ++histogram[row[x * image.pixStride]];
    }
    // The 1st and 99th percentiles: a few specular or black pixels do not decide the range.
    const std::size_t cut = pixelCount(image) / 100;
    int low = 0;
    for (std::size_t seen = histogram[0]; low < 255 && seen <= cut;) seen += histogram[static_cast<std::size_t>(++low)];
    int high = 255;
    for (std::size_t seen = histogram[255]; high > 0 && seen <= cut;)
        seen += histogram[static_cast<std::size_t>(--high)];
    const int span = std::max(1, high - low);
    std::array<std::uint8_t, 256> lut{};
    for (int v = 0; v < 256; ++v) {
        const int stretched = std::clamp((v - low) * 255 / span, 0, 255);
        lut[static_cast<std::size_t>(v)] = static_cast<std::uint8_t>(invert ? 255 - stretched : stretched);
    }
    out.resize(pixelCount(image));
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* row = rowOf(image, y);
        std::uint8_t* dest = out.data() + static_cast<std::ptrdiff_t>(y) * image.width;
        for (int x = 0; x < image.width; ++x) dest[x] = lut[row[x * image.pixStride]];
    }
}

void localMeanThreshold(const GrayView& image, int radius, int offset, std::vector<std::uint8_t>& out) {
    const int w = image.width;
    const int h = image.height;
    // Row sums over the window (edges repeated), then a running sum of those down the columns.
    std::vector<std::uint32_t> rowSums(pixelCount(image));
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* row = rowOf(image, y);
        const auto px = [&](int x) { return std::uint32_t{row[std::clamp(x, 0, w - 1) * image.pixStride]}; };
        std::uint32_t sum = 0;
        for (int x = -radius; x <= radius; ++x) sum += px(x);
        std::uint32_t* dest = rowSums.data() + static_cast<std::ptrdiff_t>(y) * w;
        for (int x = 0; x < w; ++x) {
            dest[x] = sum;
            sum += px(x + radius + 1) - px(x - radius);
        }
    }
    const auto sumsOfRow = [&](int y) {
        return rowSums.data() + static_cast<std::ptrdiff_t>(std::clamp(y, 0, h - 1)) * w;
    };
    std::vector<std::uint32_t> windowSums(static_cast<std::size_t>(w), 0);
    for (int y = -radius; y <= radius; ++y) {
        const std::uint32_t* sums = sumsOfRow(y);
        for (int x = 0; x < w; ++x) windowSums[static_cast<std::size_t>(x)] += sums[x];
    }
    const auto area = static_cast<std::uint32_t>((2 * radius + 1) * (2 * radius + 1));
    out.resize(pixelCount(image));
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* row = rowOf(image, y);
        std::uint8_t* dest = out.data() + static_cast<std::ptrdiff_t>(y) * w;
        for (int x = 0; x < w; ++x) {
            const auto lifted = static_cast<std::uint32_t>(row[x * image.pixStride] + offset);
            dest[x] = lifted * area < windowSums[static_cast<std::size_t>(x)] ? 0 : 255;
        }
        const std::uint32_t* entering = sumsOfRow(y + radius + 1);
        const std::uint32_t* leaving = sumsOfRow(y - radius);
        for (int x = 0; x < w; ++x) windowSums[static_cast<std::size_t>(x)] += entering[x] - leaving[x];
    }
}

}  // namespace kiosk::core
