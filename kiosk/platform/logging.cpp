#include "platform/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/systemd_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace kiosk::platform {

bool stderrIsTheJournal() {
    // systemd sets JOURNAL_STREAM for a service whose output goes to the journal (inherited
    // through xinit by the kiosk it starts).
    const char* stream = std::getenv("JOURNAL_STREAM");
    return stream != nullptr && *stream != '\0';
}

std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> setupLogging(const LoggingSetup& setup) {
    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(setup.ringLines);
    // Under systemd each line goes to the journal with its priority (spdlog's levels as syslog's:
    // `journalctl -u yidiantong-kiosk -p warning` shows warnings and errors); stderr would give
    // every line the same one, and twice.
    spdlog::sink_ptr console;
    if (stderrIsTheJournal()) {
        console = std::make_shared<spdlog::sinks::systemd_sink_mt>("yidiantong-kiosk");
    } else {
        console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    }
    std::vector<spdlog::sink_ptr> sinks{console, ring};
    std::string fileProblem;
    if (!setup.directory.empty()) {
        try {
            std::filesystem::create_directories(setup.directory);
            const auto path = (std::filesystem::path(setup.directory) / "kiosk.log").string();
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path, static_cast<std::size_t>(setup.maxFileKb) * 1024, static_cast<std::size_t>(setup.maxFiles)));
        } catch (const std::exception& e) {
            fileProblem = e.what();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("kiosk", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(setup.level));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    // Every line reaches the file as it is written: the service is stopped with SIGTERM (a stop,
    // a restart, an upgrade), which ends the process without flushing what a buffer held — an
    // operator reading kiosk.log afterwards lost the minutes before. The kiosk logs a few lines a
    // minute; a flush each costs nothing.
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty()) spdlog::error("log file disabled: {}", fileProblem);
    return ring;
}

}  // namespace kiosk::platform
