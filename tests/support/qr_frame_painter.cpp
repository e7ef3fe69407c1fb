#include "support/qr_frame_painter.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace kiosk::testing {
namespace {

using Point = std::array<double, 2>;

// The homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to `to`, inverted:
// frame point -> code square coordinates. Solved as the usual 8x8 system.
struct InverseHomography {
    std::array<double, 9> m{};
    bool map(double x, double y, double& u, double& v) const {
        const double w = m[6] * x + m[7] * y + m[8];
        if (std::abs(w) < 1e-12) return false;
        u = (m[0] * x + m[1] * y + m[2]) / w;
        v = (m[3] * x + m[4] * y + m[5]) / w;
        return true;
    }
};

InverseHomography squareTo(const std::array<Point, 4>& to) {
    // Frame -> unit square: solve for h with (x,y) as source and the unit corners as targets.
    const std::array<Point, 4> unit{Point{0, 0}, Point{1, 0}, Point{1, 1}, Point{0, 1}};
    double a[8][9] = {};
    for (int i = 0; i < 4; ++i) {
        const double x = to[i][0], y = to[i][1], u = unit[i][0], v = unit[i][1];
        double* r1 = a[2 * i];
        double* r2 = a[2 * i + 1];
        r1[0] = x, r1[1] = y, r1[2] = 1, r1[6] = -u * x, r1[7] = -u * y, r1[8] = u;
        r2[3] = x, r2[4] = y, r2[5] = 1, r2[6] = -v * x, r2[7] = -v * y, r2[8] = v;
    }
    for (int c = 0; c < 8; ++c) {
        int pivot = c;
        for (int r = c + 1; r < 8; ++r) {
            if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
        }
        for (int k = 0; k < 9; ++k) std::swap(a[c][k], a[pivot][k]);
        for (int r = 0; r < 8; ++r) {
            if (r == c) continue;
            const double f = a[r][c] / a[c][c];
            for (int k = c; k < 9; ++k) a[r][k] -= f * a[c][k];
        }
    }
    InverseHomography h;
    for (int i = 0; i < 8; ++i) h.m[static_cast<std::size_t>(i)] = a[i][8] / a[i][i];
    h.m[8] = 1;
    return h;
}

std::uint8_t& at(GrayFrame& f, int x, int y) {
    return f[static_cast<std::size_t>(y) * kFrameWidth + static_cast<std::size_t>(x)];
}

std::uint8_t clampToByte(double v) {
    return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0, 255.0)));
}

std::array<Point, 4> codeCorners(const Placement& p) {
    const double half = p.side / 2;
    const double rad = p.degrees * M_PI / 180;
    std::array<Point, 4> corners{Point{-half, -half}, Point{half, -half}, Point{half, half}, Point{-half, half}};
    for (std::size_t i = 0; i < 4; ++i) {
        // Perspective: the right side shorter, as a code held at an angle.
        if (i == 1 || i == 2) corners[i][1] *= 1.0 - p.perspective;
        const double x = corners[i][0], y = corners[i][1];
        corners[i] =
            Point{p.centerX + x * std::cos(rad) - y * std::sin(rad), p.centerY + x * std::sin(rad) + y * std::cos(rad)};
    }
    return corners;
}

// The frame's pixels in `area` read through `sample(x, y)` into a copy, then written back.
template <typename Sample>
void filterArea(GrayFrame& f, FrameRect area, Sample sample) {
    GrayFrame out(f);
    for (int y = area.y0; y < area.y1; ++y) {
        for (int x = area.x0; x < area.x1; ++x) {
            out[static_cast<std::size_t>(y) * kFrameWidth + static_cast<std::size_t>(x)] = sample(x, y);
        }
    }
    f = std::move(out);
}

double bilinear(const GrayFrame& f, double x, double y) {
    x = std::clamp(x, 0.0, kFrameWidth - 1.001);
    y = std::clamp(y, 0.0, kFrameHeight - 1.001);
    const int x0 = static_cast<int>(x), y0 = static_cast<int>(y);
    const double fx = x - x0, fy = y - y0;
    const auto px = [&](int xx, int yy) {
        return double(f[static_cast<std::size_t>(yy) * kFrameWidth + static_cast<std::size_t>(xx)]);
    };
    return (px(x0, y0) * (1 - fx) + px(x0 + 1, y0) * fx) * (1 - fy) +
           (px(x0, y0 + 1) * (1 - fx) + px(x0 + 1, y0 + 1) * fx) * fy;
}

}  // namespace

GrayFrame paintBackground(std::mt19937& rng) {
    GrayFrame f(static_cast<std::size_t>(kFrameWidth) * kFrameHeight);
    std::uniform_int_distribution<int> base(120, 190);
    const int top = base(rng);
    const int bottom = base(rng);
    for (int y = 0; y < kFrameHeight; ++y) {
        const auto v = static_cast<std::uint8_t>(top + (bottom - top) * y / kFrameHeight);
        std::fill_n(f.begin() + static_cast<std::ptrdiff_t>(y) * kFrameWidth, kFrameWidth, v);
    }
    std::uniform_int_distribution<int> px(0, kFrameWidth - 1), py(0, kFrameHeight - 1), size(40, 260), shade(30, 230);
    for (int i = 0; i < 6; ++i) {
        const int x0 = px(rng), y0 = py(rng), w = size(rng), h = size(rng);
        const auto v = static_cast<std::uint8_t>(shade(rng));
        for (int y = y0; y < std::min(kFrameHeight, y0 + h); ++y) {
            for (int x = x0; x < std::min(kFrameWidth, x0 + w); ++x) at(f, x, y) = v;
        }
    }
    return f;
}

FrameRect codeArea(const Placement& p, int margin) {
    double minX = kFrameWidth, maxX = 0, minY = kFrameHeight, maxY = 0;
    for (const auto& c : codeCorners(p)) {
        minX = std::min(minX, c[0]), maxX = std::max(maxX, c[0]);
        minY = std::min(minY, c[1]), maxY = std::max(maxY, c[1]);
    }
    return {std::max(0, int(minX) - margin), std::max(0, int(minY) - margin),
            std::min(kFrameWidth, int(maxX) + 1 + margin), std::min(kFrameHeight, int(maxY) + 1 + margin)};
}

void paintCode(GrayFrame& f, const core::QrMatrix& qr, const Placement& p) {
    const double half = p.side / 2;
    if (p.screen) {
        // The phone: a bezel a little larger than the code.
        const double bezel = half * 1.25;
        for (int y = std::max(0, int(p.centerY - bezel * 1.6));
             y < std::min(kFrameHeight, int(p.centerY + bezel * 1.6)); ++y) {
            for (int x = std::max(0, int(p.centerX - bezel)); x < std::min(kFrameWidth, int(p.centerX + bezel)); ++x) {
                at(f, x, y) = 12;
            }
        }
    }
    const InverseHomography h = squareTo(codeCorners(p));
    const int modules = qr.size + 8;
    const FrameRect area = codeArea(p, 1);
    for (int y = area.y0; y < area.y1; ++y) {
        for (int x = area.x0; x < area.x1; ++x) {
            int inside = 0, darkCount = 0;
            for (int sy = 0; sy < 3; ++sy) {
                for (int sx = 0; sx < 3; ++sx) {
                    double u = 0, v = 0;
                    if (!h.map(x + (sx + 0.5) / 3.0, y + (sy + 0.5) / 3.0, u, v)) continue;
                    if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
                    ++inside;
                    const int mx = int(u * modules) - 4, my = int(v * modules) - 4;
                    if (mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.at(mx, my)) ++darkCount;
                }
            }
            if (inside == 0) continue;
            const double coverage = inside / 9.0;
            const double value = (darkCount * p.dark + (inside - darkCount) * p.light) / double(inside);
            at(f, x, y) = static_cast<std::uint8_t>(std::lround(value * coverage + at(f, x, y) * (1 - coverage)));
        }
    }
}

void boxBlur(GrayFrame& f, int radius, FrameRect area) {
    const GrayFrame source(f);
    filterArea(f, area, [&](int x, int y) {
        int sum = 0, n = 0;
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const int xx = std::clamp(x + dx, 0, kFrameWidth - 1), yy = std::clamp(y + dy, 0, kFrameHeight - 1);
                sum += source[static_cast<std::size_t>(yy) * kFrameWidth + static_cast<std::size_t>(xx)];
                ++n;
            }
        }
        return static_cast<std::uint8_t>(sum / n);
    });
}

void defocus(GrayFrame& f, double radius, FrameRect area) {
    std::vector<std::array<int, 2>> disc;
    const int r = static_cast<int>(std::ceil(radius));
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            if (dx * dx + dy * dy <= radius * radius) disc.push_back({dx, dy});
        }
    }
    const GrayFrame source(f);
    filterArea(f, area, [&](int x, int y) {
        int sum = 0;
        for (const auto& [dx, dy] : disc) {
            const int xx = std::clamp(x + dx, 0, kFrameWidth - 1), yy = std::clamp(y + dy, 0, kFrameHeight - 1);
            sum += source[static_cast<std::size_t>(yy) * kFrameWidth + static_cast<std::size_t>(xx)];
        }
        return static_cast<std::uint8_t>(sum / static_cast<int>(disc.size()));
    });
}

void motionBlur(GrayFrame& f, double length, double degrees, FrameRect area) {
    const int steps = std::max(2, static_cast<int>(std::ceil(length)) + 1);
    const double dx = std::cos(degrees * M_PI / 180) * length, dy = std::sin(degrees * M_PI / 180) * length;
    const GrayFrame source(f);
    filterArea(f, area, [&](int x, int y) {
        double sum = 0;
        for (int i = 0; i < steps; ++i) {
            const double t = double(i) / (steps - 1) - 0.5;
            sum += bilinear(source, x + dx * t, y + dy * t);
        }
        return clampToByte(sum / steps);
    });
}

void addNoise(GrayFrame& f, std::mt19937& rng, double sigma) {
    // A table of normal deviates read at random: a frame's million pixels at a tenth of the cost
    // of a distribution sample each, and as grainy to a decoder.
    std::normal_distribution<double> n(0, sigma);
    std::array<int, 4096> deviates{};
    for (int& d : deviates) d = static_cast<int>(std::lround(n(rng)));
    std::minstd_rand pick(rng());
    for (auto& v : f) v = static_cast<std::uint8_t>(std::clamp(v + deviates[(pick() >> 4) & 4095], 0, 255));
}

void addGlare(GrayFrame& f, double cx, double cy, double radius, double strength) {
    const int x0 = std::max(0, int(cx - radius)), x1 = std::min(kFrameWidth, int(cx + radius) + 1);
    const int y0 = std::max(0, int(cy - radius)), y1 = std::min(kFrameHeight, int(cy + radius) + 1);
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const double d = std::hypot(x - cx, y - cy) / radius;
            if (d >= 1) continue;
            const double add = strength * (1 - d * d);
            at(f, x, y) = static_cast<std::uint8_t>(std::min(255.0, at(f, x, y) + add));
        }
    }
}

void castShadow(GrayFrame& f, double cx, double cy, double degrees, double keep, double softness, FrameRect area) {
    const double nx = std::cos(degrees * M_PI / 180), ny = std::sin(degrees * M_PI / 180);
    for (int y = area.y0; y < area.y1; ++y) {
        for (int x = area.x0; x < area.x1; ++x) {
            const double side = ((x - cx) * nx + (y - cy) * ny) / std::max(1.0, softness);  // < 0: lit
            const double t = std::clamp(side + 0.5, 0.0, 1.0);
            const double smooth = t * t * (3 - 2 * t);
            at(f, x, y) = clampToByte(at(f, x, y) * (1 - smooth * (1 - keep)));
        }
    }
}

void addMoire(GrayFrame& f, double period, double degrees, double amplitude, FrameRect area) {
    const double nx = std::cos(degrees * M_PI / 180), ny = std::sin(degrees * M_PI / 180);
    for (int y = area.y0; y < area.y1; ++y) {
        for (int x = area.x0; x < area.x1; ++x) {
            const double wave = std::sin(2 * M_PI * (x * nx + y * ny) / period);
            at(f, x, y) = clampToByte(at(f, x, y) * (1 + amplitude * wave));
        }
    }
}

void jpegRoundTrip(GrayFrame& f, int quality) {
    std::vector<std::uint8_t> jpeg;
    stbi_write_jpg_to_func(
        [](void* context, void* data, int size) {
            auto* out = static_cast<std::vector<std::uint8_t>*>(context);
            const auto* bytes = static_cast<const std::uint8_t*>(data);
            out->insert(out->end(), bytes, bytes + size);
        },
        &jpeg, kFrameWidth, kFrameHeight, 1, f.data(), quality);
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(jpeg.data(), static_cast<int>(jpeg.size()), &width, &height, &channels, 1),
        stbi_image_free);
    if (pixels && width == kFrameWidth && height == kFrameHeight) std::copy_n(pixels.get(), f.size(), f.begin());
}

}  // namespace kiosk::testing
