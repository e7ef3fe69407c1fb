// The start's phases as the kiosk marks them: in the order marked, each at its first time, and
// written as `phase=ms` pairs for the log and systemd's STATUS (which kiosk-bench reads back).
#include "core/startup_trace.h"

#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

namespace kiosk::core {
namespace {

TEST(StartupTrace, PhasesKeepTheirOrderAndFirstTime) {
    StartupTrace trace;
    trace.mark("config");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::thread worker([&] { trace.mark("atlas_built"); });
    worker.join();
    trace.mark("config");  // a second mark of a phase is not a new phase
    const auto marks = trace.marks();
    ASSERT_EQ(marks.size(), 2u);
    EXPECT_EQ(marks[0].phase, "config");
    EXPECT_EQ(marks[1].phase, "atlas_built");
    EXPECT_GE(marks[1].ms - marks[0].ms, 19.0) << "times from one clock, since the process started";
    EXPECT_LE(marks[1].ms, msSinceProcessStart());
    EXPECT_TRUE(std::regex_match(trace.summary(), std::regex(R"(config=\d+\.\d atlas_built=\d+\.\d)")))
        << trace.summary();
}

TEST(StartupTrace, NothingMarkedSaysNothing) {
    EXPECT_EQ(StartupTrace{}.summary(), "");
}

}  // namespace
}  // namespace kiosk::core
