#include "platform/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <vector>

namespace kiosk::platform {

std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> setupLogging(const LoggingSetup& setup) {
    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(setup.ringLines);
    std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_color_sink_mt>(), ring};
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
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty()) spdlog::error("log file disabled: {}", fileProblem);
    return ring;
}

}  // namespace kiosk::platform
