#include "support/qr_corpus.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

#include "core/qr_matrix.h"

namespace kiosk::testing {
namespace {

using Frame = std::vector<std::uint8_t>;
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

std::uint8_t& at(Frame& f, int x, int y) {
    return f[static_cast<std::size_t>(y) * kFrameWidth + static_cast<std::size_t>(x)];
}

// A hall behind the code: a soft gradient with a few darker shapes (a poster, a door frame).
Frame background(std::mt19937& rng) {
    Frame f(static_cast<std::size_t>(kFrameWidth) * kFrameHeight);
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

struct Placement {
    double centerX = 640, centerY = 360;
    double side = 300;       // pixels, the code with its quiet zone
    double degrees = 0;      // rotation
    double perspective = 0;  // 0..0.3: how much one side is shorter than the other
    std::uint8_t dark = 20, light = 235;
    bool screen = false;  // on a phone: a black bezel around a lit screen
};

// Draws the code (with a 4-module quiet zone) through the homography, 3x3 supersampled.
void drawCode(Frame& f, const core::QrMatrix& qr, const Placement& p) {
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
    const InverseHomography h = squareTo(corners);
    const int modules = qr.size + 8;
    double minX = kFrameWidth, maxX = 0, minY = kFrameHeight, maxY = 0;
    for (const auto& c : corners) {
        minX = std::min(minX, c[0]), maxX = std::max(maxX, c[0]);
        minY = std::min(minY, c[1]), maxY = std::max(maxY, c[1]);
    }
    for (int y = std::max(0, int(minY)); y <= std::min(kFrameHeight - 1, int(maxY) + 1); ++y) {
        for (int x = std::max(0, int(minX)); x <= std::min(kFrameWidth - 1, int(maxX) + 1); ++x) {
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

void boxBlur(Frame& f, int radius) {
    Frame out(f.size());
    for (int y = 0; y < kFrameHeight; ++y) {
        for (int x = 0; x < kFrameWidth; ++x) {
            int sum = 0, n = 0;
            for (int dy = -radius; dy <= radius; ++dy) {
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int xx = std::clamp(x + dx, 0, kFrameWidth - 1), yy = std::clamp(y + dy, 0, kFrameHeight - 1);
                    sum += at(f, xx, yy);
                    ++n;
                }
            }
            out[static_cast<std::size_t>(y) * kFrameWidth + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(sum / n);
        }
    }
    f = std::move(out);
}

void noise(Frame& f, std::mt19937& rng, double sigma) {
    std::normal_distribution<double> n(0, sigma);
    for (auto& v : f) v = static_cast<std::uint8_t>(std::clamp(v + n(rng), 0.0, 255.0));
}

// A ceiling light's reflection: a bright soft spot that washes part of the code out.
void glare(Frame& f, double cx, double cy, double radius, double strength) {
    for (int y = 0; y < kFrameHeight; ++y) {
        for (int x = 0; x < kFrameWidth; ++x) {
            const double d = std::hypot(x - cx, y - cy) / radius;
            if (d >= 1) continue;
            const double add = strength * (1 - d * d);
            at(f, x, y) = static_cast<std::uint8_t>(std::min(255.0, at(f, x, y) + add));
        }
    }
}

}  // namespace

std::vector<std::uint8_t> phoneFrame(const std::string& payload, bool darkMode) {
    std::mt19937 rng(7);
    Frame frame = background(rng);
    Placement p;
    p.screen = true;
    p.side = 300;
    if (darkMode) std::swap(p.dark, p.light);
    drawCode(frame, *core::encodeQr(payload), p);
    noise(frame, rng, 3);
    return frame;
}

std::vector<QrFrame> makeQrCorpus() {
    std::mt19937 rng(20261123);
    const std::string receipt = "https://jdydt.example.cn/t/2026110267";
    const std::string chinese = "幸福里社区12月份收支情况已公示，请到社区服务大厅查阅凭证。监督一点通";
    std::vector<QrFrame> corpus;
    auto add = [&](std::string name, const std::string& payload, Placement p, int blur, double sigma,
                   double glareStrength, bool mustRead) {
        QrFrame frame{std::move(name), background(rng), payload, mustRead};
        const auto qr = core::encodeQr(payload);
        drawCode(frame.pixels, *qr, p);
        if (blur > 0) boxBlur(frame.pixels, blur);
        if (glareStrength > 0)
            glare(frame.pixels, p.centerX + p.side * 0.3, p.centerY - p.side * 0.3, p.side * 0.35, glareStrength);
        if (sigma > 0) noise(frame.pixels, rng, sigma);
        corpus.push_back(std::move(frame));
    };
    Placement plain;
    add("plain", receipt, plain, 0, 0, 0, true);
    for (double side : {160.0, 240.0, 420.0, 640.0}) {
        Placement p;
        p.side = side;
        add("scale_" + std::to_string(int(side)), receipt, p, 0, 3, 0, true);
    }
    for (double degrees : {10.0, 30.0, 45.0, 90.0, 170.0}) {
        Placement p;
        p.degrees = degrees;
        p.centerX = 500;
        add("rotate_" + std::to_string(int(degrees)), receipt, p, 0, 3, 0, true);
    }
    for (double perspective : {0.1, 0.2}) {
        Placement p;
        p.perspective = perspective;
        p.degrees = 8;
        add("perspective_" + std::to_string(int(perspective * 100)), receipt, p, 0, 3, 0, true);
    }
    {
        Placement p;
        add("blur_1", receipt, p, 1, 2, 0, true);
        add("blur_2", receipt, p, 2, 2, 0, true);
        add("noise_12", receipt, p, 0, 12, 0, true);
        Placement low;
        low.dark = 95;
        low.light = 150;
        add("low_contrast", receipt, low, 0, 4, 0, true);
        add("glare", receipt, p, 0, 3, 90, true);
        Placement phone;
        phone.screen = true;
        phone.side = 260;
        add("phone_screen", receipt, phone, 1, 3, 0, true);
        Placement dark = phone;
        dark.dark = 235;  // dark mode: light modules on a dark screen
        dark.light = 18;
        add("phone_dark_mode", receipt, dark, 1, 3, 0, true);
        Placement cjk;
        cjk.side = 380;
        add("chinese_text", chinese, cjk, 0, 3, 0, true);
        // Hard cases, counted in the success figure only.
        Placement tiny;
        tiny.side = 110;
        add("hard_tiny_blurred", receipt, tiny, 1, 6, 0, false);
        Placement steep;
        steep.perspective = 0.35;
        steep.degrees = 25;
        add("hard_steep_angle", receipt, steep, 1, 5, 0, false);
        add("hard_heavy_blur", receipt, p, 4, 3, 0, false);
        Placement washed;
        washed.dark = 120;
        washed.light = 150;
        add("hard_washed_glare", receipt, washed, 1, 6, 120, false);
    }
    for (int i = 0; i < 6; ++i) {
        QrFrame empty{"empty_" + std::to_string(i), background(rng), "", true};
        if (i % 2 == 1) noise(empty.pixels, rng, 10);
        corpus.push_back(std::move(empty));
    }
    return corpus;
}

}  // namespace kiosk::testing
