#include "attract_bench.h"

#include "loop_measure.h"

namespace kiosk::bench {

void benchAttract(platform::GlfwRunner& runner, App& app,
                  const std::function<void(const char*, double, const char*)>& figure) {
    settle(runner, app);
    const LoopFigures f = measureLoop(runner, app, 10);
    reportLoop("attract", "fps_ticker", f, figure);
}

}  // namespace kiosk::bench
