#include "support/qr_hall_corpus.h"

#include <array>
#include <random>

#include "core/qr_matrix.h"
#include "support/qr_frame_painter.h"

namespace kiosk::testing {
namespace {

constexpr std::array<const char*, 10> kKinds{"glare", "shadow", "motion", "defocus", "low_contrast",
                                             "tilt",  "phone",  "far",    "jpeg",    "mixed"};
constexpr int kPerKind = kHallCodedFrames / static_cast<int>(kKinds.size());

// What residents hold up: the kiosk's receipts, case numbers, the platform's links and notices.
std::string payloadFor(std::mt19937& rng) {
    std::uniform_int_distribution<int> pick(0, 3), number(1, 999999);
    switch (pick(rng)) {
        case 0: return "https://jdydt.example.cn/t/2026" + std::to_string(100000 + number(rng) % 900000);
        case 1: return "YDT-2026-" + std::to_string(number(rng));
        case 2: return "https://jdydt.example.cn/gs/notice?id=" + std::to_string(number(rng)) + "&src=hall";
        default:
            return "幸福里社区" + std::to_string(1 + number(rng) % 12) + "月份收支情况已公示，请到社区服务大厅查阅。";
    }
}

double uniform(std::mt19937& rng, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng);
}

// A code somewhere in the frame, held roughly upright, a little soft, as most are.
Placement ordinaryPlacement(std::mt19937& rng) {
    Placement p;
    p.side = uniform(rng, 220, 400);
    p.centerX = uniform(rng, p.side * 0.75, kFrameWidth - p.side * 0.75);
    p.centerY = uniform(rng, p.side * 0.62, kFrameHeight - p.side * 0.62);
    p.degrees = uniform(rng, -25, 25);
    p.perspective = uniform(rng, 0, 0.08);
    p.dark = static_cast<std::uint8_t>(uniform(rng, 15, 45));
    p.light = static_cast<std::uint8_t>(uniform(rng, 195, 240));
    return p;
}

// A point inside the code's middle 70 %.
std::array<double, 2> pointOnCode(std::mt19937& rng, const Placement& p) {
    return {p.centerX + uniform(rng, -0.35, 0.35) * p.side, p.centerY + uniform(rng, -0.35, 0.35) * p.side};
}

void glareSpots(GrayFrame& f, std::mt19937& rng, const Placement& p, double scale) {
    const int spots = uniform(rng, 0, 1) < 0.3 ? 2 : 1;
    for (int i = 0; i < spots; ++i) {
        const auto [x, y] = pointOnCode(rng, p);
        addGlare(f, x, y, p.side * uniform(rng, 0.2, 0.45), uniform(rng, 80, 170) * scale);
    }
}

void shadowAcross(GrayFrame& f, std::mt19937& rng, const Placement& p, double scale) {
    const auto [x, y] = pointOnCode(rng, p);
    castShadow(f, x, y, uniform(rng, 0, 360), 1 - uniform(rng, 0.45, 0.72) * scale, uniform(rng, 3, 60), {});
}

void motion(GrayFrame& f, std::mt19937& rng, const Placement& p, double module, double scale) {
    motionBlur(f, module * uniform(rng, 0.6, 1.5) * scale, uniform(rng, 0, 180), codeArea(p, 20));
}

void outOfFocus(GrayFrame& f, std::mt19937& rng, const Placement& p, double module, double scale) {
    defocus(f, std::max(1.0, module * uniform(rng, 0.45, 0.85) * scale), codeArea(p, 20));
}

void spoil(GrayFrame& f, std::mt19937& rng, const std::string& kind, Placement& p, double module, double scale) {
    if (kind == "glare") glareSpots(f, rng, p, scale);
    if (kind == "shadow") shadowAcross(f, rng, p, scale);
    if (kind == "motion") motion(f, rng, p, module, scale);
    if (kind == "defocus") outOfFocus(f, rng, p, module, scale);
    if (kind == "jpeg") jpegRoundTrip(f, static_cast<int>(uniform(rng, 8, 30) / scale));
}

QrFrame codedFrame(int index) {
    std::mt19937 rng(static_cast<std::uint32_t>(20261204 + index * 7919));
    const int kindIndex = index / kPerKind;
    const std::string kind = kKinds[static_cast<std::size_t>(kindIndex)];
    const std::string payload = payloadFor(rng);
    const auto qr = core::encodeQr(payload);
    QrFrame frame{kind + "_" + std::to_string(index % kPerKind), paintBackground(rng), payload, true};
    Placement p = ordinaryPlacement(rng);
    // Two spoilers at once, each milder; the placement-level ones (contrast, tilt) set below.
    std::array<std::string, 2> mixed{};
    if (kind == "mixed") {
        const std::array<const char*, 7> pool{"glare", "shadow", "motion", "defocus", "low_contrast", "tilt", "jpeg"};
        std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
        mixed[0] = pool[pick(rng)];
        do mixed[1] = pool[pick(rng)];
        while (mixed[1] == mixed[0]);
    }
    const auto has = [&](const char* k) { return kind == k || mixed[0] == k || mixed[1] == k; };
    const double scale = kind == "mixed" ? 0.7 : 1.0;
    if (has("low_contrast")) {
        const double gap = uniform(rng, 25, 55) / scale, middle = uniform(rng, 90, 180);
        p.dark = static_cast<std::uint8_t>(middle - gap / 2);
        p.light = static_cast<std::uint8_t>(middle + gap / 2);
    }
    if (has("tilt")) {
        p.perspective = uniform(rng, 0.2, 0.4) * scale;
        p.degrees = uniform(rng, 0, 360);
    }
    if (kind == "far") {
        p.side = uniform(rng, 95, 150);
        p.centerX = uniform(rng, 100, kFrameWidth - 100);
        p.centerY = uniform(rng, 100, kFrameHeight - 100);
    }
    if (kind == "phone") {
        p.screen = true;
        p.side = uniform(rng, 200, 320);
        p.centerX = uniform(rng, p.side, kFrameWidth - p.side);
        p.centerY = uniform(rng, p.side * 0.9, kFrameHeight - p.side * 0.9);
        if (index % 2 == 1) std::swap(p.dark, p.light);  // dark mode: light modules on a dark screen
    }
    paintCode(frame.pixels, *qr, p);
    const double module = p.side / (qr->size + 8);
    defocus(frame.pixels, 1.0, codeArea(p, 4));  // no camera in a hall is perfectly sharp
    if (kind == "phone") {
        addMoire(frame.pixels, uniform(rng, 3, 8), uniform(rng, 0, 180), uniform(rng, 0.08, 0.2), codeArea(p, 10));
    }
    for (const std::string& k : kind == "mixed" ? mixed : std::array<std::string, 2>{kind, ""}) {
        spoil(frame.pixels, rng, k, p, module, scale);
    }
    addNoise(frame.pixels, rng, uniform(rng, 2, 5));
    return frame;
}

// No code: what else a camera pointed into a hall sees, some of it code-like.
QrFrame emptyFrame(int n) {
    std::mt19937 rng(static_cast<std::uint32_t>(7770 + n * 104729));
    QrFrame frame{"empty_" + std::to_string(n), paintBackground(rng), "", true};
    GrayFrame& f = frame.pixels;
    const auto fill = [&](int x0, int y0, int x1, int y1, std::uint8_t v) {
        for (int y = std::max(0, y0); y < std::min(kFrameHeight, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(kFrameWidth, x1); ++x) {
                f[static_cast<std::size_t>(y) * kFrameWidth + static_cast<std::size_t>(x)] = v;
            }
        }
    };
    const int x = static_cast<int>(uniform(rng, 100, 900)), y = static_cast<int>(uniform(rng, 80, 400));
    switch (n % 5) {
        case 0:  // a checkerboard (a floor, a poster's pattern)
            for (int cy = 0; cy < 12; ++cy) {
                for (int cx = 0; cx < 12; ++cx) {
                    fill(x + cx * 20, y + cy * 20, x + cx * 20 + 20, y + cy * 20 + 20, (cx + cy) % 2 ? 20 : 230);
                }
            }
            break;
        case 1:  // one finder-like square: 7x7 modules, ring and centre
            fill(x, y, x + 140, y + 140, 20);
            fill(x + 20, y + 20, x + 120, y + 120, 230);
            fill(x + 40, y + 40, x + 100, y + 100, 20);
            break;
        case 2:  // an empty phone screen, lit
            fill(x + 60, y + 20, x + 240, y + 280, 12);
            fill(x + 75, y + 60, x + 225, y + 240, 220);
            addMoire(f, 5, 30, 0.15, {x + 75, y + 60, x + 225, y + 240});
            break;
        case 3:  // random blocks the size of modules: code-like texture, no finder patterns
            for (int cy = 0; cy < 30; ++cy) {
                for (int cx = 0; cx < 30; ++cx) {
                    fill(x + cx * 9, y + cy * 9, x + cx * 9 + 9, y + cy * 9 + 9, rng() % 2 ? 25 : 225);
                }
            }
            break;
        default: addNoise(f, rng, 25); break;
    }
    if (n % 4 == 3) jpegRoundTrip(f, 20);
    addNoise(f, rng, 3);
    return frame;
}

}  // namespace

QrFrame makeHallFrame(int index) {
    return index < kHallCodedFrames ? codedFrame(index) : emptyFrame(index - kHallCodedFrames);
}

std::string hallFrameKind(int index) {
    return index < kHallCodedFrames ? kKinds[static_cast<std::size_t>(index / kPerKind)] : "empty";
}

}  // namespace kiosk::testing
