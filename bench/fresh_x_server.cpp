#include "fresh_x_server.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "measures.h"

extern char** environ;

namespace kiosk::bench {

FreshXServer::FreshXServer() {
    int ready[2];
    if (::pipe(ready) != 0) return;
    // -displayfd: the server picks a free display and writes its number there once it accepts
    // clients — the moment xinit starts its client.
    std::vector<std::string> args = {
        "Xvfb", "-displayfd", std::to_string(ready[1]), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"};
    std::vector<char*> argv = pointersOf(args);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, ready[0]);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const bool started = posix_spawnp(&pid_, "Xvfb", &actions, nullptr, argv.data(), environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    ::close(ready[1]);
    if (!started) {
        pid_ = 0;
        ::close(ready[0]);
        return;
    }
    std::string number;
    const auto since = std::chrono::steady_clock::now();
    while (msSince(since) < 10000) {
        pollfd p{ready[0], POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        char c = 0;
        if (::read(ready[0], &c, 1) != 1 || c == '\n') break;
        if (std::isdigit(static_cast<unsigned char>(c))) number += c;
    }
    ::close(ready[0]);
    if (!number.empty()) display_ = ":" + number;
}

FreshXServer::~FreshXServer() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (::waitpid(pid_, &status, WNOHANG) == 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
    }
}

}  // namespace kiosk::bench
