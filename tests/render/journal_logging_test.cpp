// Under systemd (JOURNAL_STREAM set, as systemd does for a service whose output is the journal)
// the kiosk's lines go to the journal with their priorities — `journalctl -p warning` then shows
// its warnings — and not to stderr as well; run by hand, to stderr.
#include <gtest/gtest.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/systemd_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "platform/logging.h"

namespace kiosk::platform {
namespace {

template <typename Sink>
int sinksOf() {
    int n = 0;
    for (const auto& sink : spdlog::default_logger()->sinks()) n += std::dynamic_pointer_cast<Sink>(sink) ? 1 : 0;
    return n;
}

TEST(JournalLogging, AsAServiceLinesGoToTheJournalWithTheirPrioritiesNotToStderr) {
    ::setenv("JOURNAL_STREAM", "8:12345", 1);
    EXPECT_TRUE(stderrIsTheJournal());
    setupLogging({"", "info", 64, 1, 10});
    EXPECT_EQ(sinksOf<spdlog::sinks::systemd_sink_mt>(), 1);
    EXPECT_EQ(sinksOf<spdlog::sinks::stderr_color_sink_mt>(), 0) << "each line once";

    ::unsetenv("JOURNAL_STREAM");
    EXPECT_FALSE(stderrIsTheJournal());
    setupLogging({"", "info", 64, 1, 10});
    EXPECT_EQ(sinksOf<spdlog::sinks::systemd_sink_mt>(), 0);
    EXPECT_EQ(sinksOf<spdlog::sinks::stderr_color_sink_mt>(), 1);
}

}  // namespace
}  // namespace kiosk::platform
