#include "support/qr_corpus.h"

#include <random>

#include "core/qr_matrix.h"
#include "support/qr_frame_painter.h"

namespace kiosk::testing {

std::vector<std::uint8_t> phoneFrame(const std::string& payload, bool darkMode) {
    std::mt19937 rng(7);
    GrayFrame frame = paintBackground(rng);
    Placement p;
    p.screen = true;
    p.side = 300;
    if (darkMode) std::swap(p.dark, p.light);
    paintCode(frame, *core::encodeQr(payload), p);
    addNoise(frame, rng, 3);
    return frame;
}

std::vector<QrFrame> makeQrCorpus() {
    std::mt19937 rng(20261123);
    const std::string receipt = "https://jdydt.example.cn/t/2026110267";
    const std::string chinese = "幸福里社区12月份收支情况已公示，请到社区服务大厅查阅凭证。监督一点通";
    std::vector<QrFrame> corpus;
    auto add = [&](std::string name, const std::string& payload, Placement p, int blur, double sigma,
                   double glareStrength, bool mustRead) {
        QrFrame frame{std::move(name), paintBackground(rng), payload, mustRead};
        const auto qr = core::encodeQr(payload);
        paintCode(frame.pixels, *qr, p);
        if (blur > 0) boxBlur(frame.pixels, blur);
        if (glareStrength > 0)
            addGlare(frame.pixels, p.centerX + p.side * 0.3, p.centerY - p.side * 0.3, p.side * 0.35, glareStrength);
        if (sigma > 0) addNoise(frame.pixels, rng, sigma);
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
        QrFrame empty{"empty_" + std::to_string(i), paintBackground(rng), "", true};
        if (i % 2 == 1) addNoise(empty.pixels, rng, 10);
        corpus.push_back(std::move(empty));
    }
    return corpus;
}

}  // namespace kiosk::testing
