#include "attract_bench.h"

#include <algorithm>
#include <chrono>

#include "measures.h"

namespace kiosk::bench {

void benchAttract(platform::GlfwRunner& runner, App& app,
                  const std::function<void(const char*, double, const char*)>& figure) {
    {
        platform::RunLimits settle;  // the content loaded and the fonts built
        settle.alwaysDraw = true;
        settle.onFrame = [&](double) { return app.animating(); };
        runner.run(app, nullptr, settle);
    }
    int frames = 0;
    double longestGapMs = 0;
    auto lastFrame = std::chrono::steady_clock::now();
    platform::RunLimits measured;
    measured.maxSeconds = 10;
    measured.finishEachFrame = false;  // as the kiosk runs: the total CPU is the figure
    measured.onFrame = [&](double) {
        const auto now = std::chrono::steady_clock::now();
        if (frames > 0)
            longestGapMs = std::max(longestGapMs, std::chrono::duration<double, std::milli>(now - lastFrame).count());
        lastFrame = now;
        ++frames;
        return true;
    };
    const platform::FrameCounts before = runner.frameCounts();
    const double cpu0 = processCpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    runner.run(app, nullptr, measured);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const platform::FrameCounts after = runner.frameCounts();
    figure("attract_cpu_pct", (processCpuSeconds() - cpu0) / wall * 100.0, "%");
    figure("attract_fps_ticker", frames / wall, "fps");
    figure("attract_frame_gap_max_ms", longestGapMs, "ms");
    figure("attract_whole_frames", after.whole - before.whole, "frames");
    figure("attract_part_frames", after.part - before.part, "frames");
}

}  // namespace kiosk::bench
