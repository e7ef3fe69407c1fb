#pragma once
// The frame loop measured as the kiosk runs it (no forced redraws) for a while: the process's
// CPU, the frames drawn and how (whole, part), the longest wait between two frames.
#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "app/app.h"
#include "measures.h"
#include "platform/glfw_runner.h"

namespace kiosk::bench {

struct LoopFigures {
    double cpuPct = 0;
    double fps = 0;
    double longestGapMs = 0;
    platform::FrameCounts counts;  // drawn during the measurement
};

// Frames drawn until the app settled: the content loaded, the fonts built.
inline void settle(platform::GlfwRunner& runner, App& app) {
    platform::RunLimits limits;
    limits.alwaysDraw = true;
    limits.onFrame = [&](double) { return app.animating(); };
    runner.run(app, nullptr, limits);
}

inline LoopFigures measureLoop(platform::GlfwRunner& runner, App& app, double seconds) {
    LoopFigures f;
    int frames = 0;
    auto lastFrame = std::chrono::steady_clock::now();
    platform::RunLimits limits;
    limits.maxSeconds = seconds;
    limits.finishEachFrame = false;  // the total CPU is the figure: no per-frame glFinish
    limits.onFrame = [&](double) {
        const auto now = std::chrono::steady_clock::now();
        if (frames++ > 0)
            f.longestGapMs =
                std::max(f.longestGapMs, std::chrono::duration<double, std::milli>(now - lastFrame).count());
        lastFrame = now;
        return true;
    };
    const platform::FrameCounts before = runner.frameCounts();
    const double cpu0 = processCpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    runner.run(app, nullptr, limits);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const platform::FrameCounts& after = runner.frameCounts();
    f.cpuPct = (processCpuSeconds() - cpu0) / wall * 100.0;
    f.fps = frames / wall;
    f.counts = after - before;
    return f;
}

// The figures of a measured loop: <prefix>_cpu_pct, <prefix>_<fpsName>, <prefix>_frame_gap_max_ms,
// <prefix>_whole_frames, <prefix>_part_frames and <prefix>_backend_passes (frames, or parts of one,
// that needed ImGui's renderer: a part shown by canvas copies alone needs none).
inline void reportLoop(const std::string& prefix, const char* fpsName, const LoopFigures& f,
                       const std::function<void(const char*, double, const char*)>& figure) {
    figure((prefix + "_cpu_pct").c_str(), f.cpuPct, "%");
    figure((prefix + "_" + fpsName).c_str(), f.fps, "fps");
    figure((prefix + "_frame_gap_max_ms").c_str(), f.longestGapMs, "ms");
    figure((prefix + "_whole_frames").c_str(), f.counts.whole, "frames");
    figure((prefix + "_part_frames").c_str(), f.counts.part, "frames");
    figure((prefix + "_backend_passes").c_str(), f.counts.backendPasses, "passes");
}

// The process's CPU while this thread sleeps `seconds` (after `warmUp`): what its other threads
// (a camera, a decoder) cost on their own, in % of a core.
inline double backgroundCpuPct(std::chrono::seconds seconds, std::chrono::seconds warmUp = std::chrono::seconds(2)) {
    std::this_thread::sleep_for(warmUp);
    const double cpu0 = processCpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(seconds);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    return (processCpuSeconds() - cpu0) / wall * 100.0;
}

}  // namespace kiosk::bench
