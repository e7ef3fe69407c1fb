#include "attract_bench.h"

#include "loop_measure.h"

namespace kiosk::bench {

void benchAttract(platform::GlfwRunner& runner, App& app,
                  const std::function<void(const char*, double, const char*)>& figure) {
    settle(runner, app);
    const LoopFigures f = measureLoop(runner, app, 10);
    figure("attract_cpu_pct", f.cpuPct, "%");
    figure("attract_fps_ticker", f.fps, "fps");
    figure("attract_frame_gap_max_ms", f.longestGapMs, "ms");
    figure("attract_whole_frames", f.counts.whole, "frames");
    figure("attract_part_frames", f.counts.part, "frames");
}

}  // namespace kiosk::bench
