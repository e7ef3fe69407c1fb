#include "scripted_kiosk.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "measures.h"

extern char** environ;

namespace kiosk::bench {
namespace {

// "… memory resident 151.2 MB, proportional 118.0 MB" → 151.2 for "resident"
std::optional<double> figureAfter(const std::string& text, const std::string& word) {
    const std::size_t line = text.rfind("script finished:");
    if (line == std::string::npos) return std::nullopt;
    const std::size_t at = text.find(word + " ", line);
    if (at == std::string::npos) return std::nullopt;
    const double value = std::strtod(text.c_str() + at + word.size() + 1, nullptr);
    return value > 0 ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

ScriptedRun runScriptedKiosk(const std::vector<std::string>& arguments, double timeoutSeconds) {
    ScriptedRun run;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe");
    const std::string kiosk = (self.parent_path() / "kiosk").string();
    const std::string outputFile =
        (std::filesystem::temp_directory_path() / ("kiosk-bench-script-" + std::to_string(::getpid()) + ".log"))
            .string();
    std::vector<std::string> args = {kiosk};
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv = pointersOf(args);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, kiosk.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::perror("kiosk-bench: cannot start the kiosk");
        return run;
    }
    const auto started = std::chrono::steady_clock::now();
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (msSince(started) > timeoutSeconds * 1000.0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::stringstream text;
    text << std::ifstream(outputFile).rdbuf();
    std::filesystem::remove(outputFile);
    run.output = text.str();
    run.finished =
        WIFEXITED(status) && WEXITSTATUS(status) == 0 && run.output.find("script finished:") != std::string::npos;
    run.residentMb = figureAfter(run.output, "resident");
    run.proportionalMb = figureAfter(run.output, "proportional");
    return run;
}

}  // namespace kiosk::bench
