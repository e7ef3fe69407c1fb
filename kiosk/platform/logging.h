#pragma once
// Logging: a size-capped rotating file, stderr (the journal, with priorities, under systemd), and an
// in-memory ring for the diagnostics screen.
// Personal data (names, phone numbers) is never passed to the log in the first place.
#include <memory>
#include <string>

#include <spdlog/sinks/ringbuffer_sink.h>

namespace kiosk::platform {

struct LoggingSetup {
    std::string directory;  // created if missing; empty: no file
    std::string level = "info";
    int maxFileKb = 5120;
    int maxFiles = 3;
    std::size_t ringLines = 500;
};

// Whether stderr goes to the journal (the kiosk runs as the systemd service): then lines go to
// the journal with their priorities instead of to stderr.
bool stderrIsTheJournal();

// Returns the ring so a later diagnostics screen can show recent lines. Never throws: a log
// folder that cannot be created leaves stderr and the ring, with a line saying why.
std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> setupLogging(const LoggingSetup& setup);

}  // namespace kiosk::platform
